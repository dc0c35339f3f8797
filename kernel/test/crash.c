#include "crash.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/init/cmdline.h>
#include <kernel/log/log.h>
#include <kernel/panic/panic.h>

#include <stdint.h>
#include <string.h>

// noinline keeps each trigger a frame of its own in the stack trace.

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
    volatile uint64_t zero = 0;
    volatile uint64_t result = 1 / zero;
    (void)result;
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
    else if (strcmp(kind, "triple_fault") == 0)
    {
        crash_triple_fault();
    }
    else if (strcmp(kind, "hang") == 0)
    {
        cpu_halt_forever();
    }
    panic("crash: unknown panic_test '%s'", kind);
}
