// A kernel-like freestanding object: it must link into the top 2 GiB with
// the kernel code model (32-bit sign-extended absolute addresses).
#include <stdint.h>

static volatile uint64_t counter;
uint64_t table[16];

void kmain(void)
{
    for (int i = 0; i < 16; i++)
    {
        table[i] = (uint64_t)&table[i] + counter;
    }
    for (;;)
    {
        __asm__ volatile("hlt");
    }
}
