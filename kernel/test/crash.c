#include "crash.h"

#include <kernel/arch/cpu.h>
#include <kernel/init/cmdline.h>
#include <kernel/log/log.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/slab.h>
#include <kernel/panic/panic.h>
#include <kernel/sync/spinlock.h>

#include <stdint.h>
#include <string.h>

// noinline keeps each trigger a frame of its own in the stack trace, and
// the empty asm after a final call keeps it from becoming a tail jump.
#define CRASH_KEEP_FRAME() __asm__ volatile("" ::: "memory")

__attribute__((noinline)) static void crash_page_fault(void)
{
    // An address in the kernel half that nothing maps.
    *(volatile uint64_t*)CRASH_FAULT_ADDRESS = 0x1234;
}

__attribute__((noinline)) static void crash_invalid_opcode(void)
{
    __asm__ volatile("ud2");
}

__attribute__((noinline)) static void crash_divide_error(void)
{
    // In assembly: the compiler turns "1 / x" into "x == 1", no division.
    uint64_t zero = 0;
    __asm__ volatile("xor %%edx, %%edx; mov $1, %%eax; div %0" : : "r"(zero) : "rax", "rdx");
}

__attribute__((noinline)) static void crash_triple_fault(void)
{
    // With no IDT at all, any exception becomes a triple fault: the CPU resets.
    struct __attribute__((packed))
    {
        uint16_t limit;
        uint64_t base;
    } empty = {0, 0};
    __asm__ volatile("lidt %0; int3" : : "m"(empty));
}

__attribute__((noinline)) static void crash_double_unlock(void)
{
    static spinlock_t lock = SPINLOCK_INIT;
    spin_lock(&lock);
    spin_unlock(&lock);
    spin_unlock(&lock); // the bug: given back twice
    CRASH_KEEP_FRAME();
}

__attribute__((noinline)) static void crash_lock_stuck(void)
{
    static spinlock_t lock = SPINLOCK_INIT;
    spin_lock(&lock);
    spin_lock(&lock); // the bug: taken again by its holder, for ever
    CRASH_KEEP_FRAME();
}

__attribute__((noinline)) static void crash_double_free(void)
{
    void* block = kmalloc(64);
    kfree(block);
    kfree(block);
    CRASH_KEEP_FRAME();
}

__attribute__((noinline)) static void crash_use_after_free(void)
{
    heap_set_debug(true);
    volatile uint8_t* block = kmalloc(96);
    kfree((void*)block);
    block[40] = 1; // the bug: a write after free
    // The damage shows when the object is handed out again.
    kmalloc(96);
    CRASH_KEEP_FRAME();
}

void crash_if_requested(void)
{
    char kind[32];
    if (!cmdline_get("panic_test", kind, sizeof(kind)))
    {
        return;
    }
    log_info("crash: triggering '%s' as the command line asks", kind);
    if (strcmp(kind, "page_fault") == 0)
    {
        crash_page_fault();
    }
    else if (strcmp(kind, "invalid_opcode") == 0)
    {
        crash_invalid_opcode();
    }
    else if (strcmp(kind, "divide_error") == 0)
    {
        crash_divide_error();
    }
    else if (strcmp(kind, "panic") == 0)
    {
        panic("crash: requested panic");
    }
    else if (strcmp(kind, "double_free") == 0)
    {
        crash_double_free();
    }
    else if (strcmp(kind, "use_after_free") == 0)
    {
        crash_use_after_free();
    }
    else if (strcmp(kind, "triple_fault") == 0)
    {
        crash_triple_fault();
    }
    else if (strcmp(kind, "double_unlock") == 0)
    {
        crash_double_unlock();
    }
    else if (strcmp(kind, "lock_stuck") == 0)
    {
        crash_lock_stuck();
    }
    else if (strcmp(kind, "hang") == 0)
    {
        cpu_halt_forever();
    }
    panic("crash: unknown panic_test '%s'", kind);
}
