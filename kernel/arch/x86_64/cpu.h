// Small wrappers around x86-64 instructions the kernel needs.
#ifndef KERNEL_ARCH_CPU_H
#define KERNEL_ARCH_CPU_H 1

#include <stdint.h>

#define CPU_RFLAGS_IF (1ULL << 9)

static inline uint64_t cpu_read_cr0(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr0, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_cr2(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr2, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_cr3(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr3, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_cr4(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr4, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_rflags(void)
{
    uint64_t value;
    __asm__ volatile("pushfq; pop %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_tsc(void)
{
    uint32_t low;
    uint32_t high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    return ((uint64_t)high << 32) | low;
}

static inline void cpu_disable_interrupts(void)
{
    __asm__ volatile("cli" ::: "memory");
}

/** Stop this CPU for good: interrupts off, halt forever. */
static inline _Noreturn void cpu_halt_forever(void)
{
    for (;;)
    {
        __asm__ volatile("cli; hlt");
    }
}

#endif
