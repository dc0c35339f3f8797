#include "panic.h"

#include "ksym.h"

#include <kernel/arch/cpu.h>
#include <kernel/arch/ipi.h>
#include <kernel/arch/paging.h>
#include <kernel/arch/qemu.h>
#include <kernel/cpu/cpu.h>
#include <kernel/log/log.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define PANIC_TRACE_DEPTH 32

static int panicking;

bool panic_active(void)
{
    return __atomic_load_n(&panicking, __ATOMIC_ACQUIRE) != 0;
}

// A return address is looked up one byte back: after a call to a function
// that never returns, it points just past the end of the caller.
static void panic_symbol(const char* prefix, uint64_t address, bool return_address)
{
    uint64_t offset;
    const char* name = ksym_lookup(address - (return_address ? 1 : 0), &offset);
    if (name != NULL)
    {
        log_printf_raw("%s0x%016lx %s+0x%lx\n", prefix, (unsigned long)address, name,
            (unsigned long)(offset + (return_address ? 1 : 0)));
    }
    else
    {
        log_printf_raw("%s0x%016lx ?\n", prefix, (unsigned long)address);
    }
}

// Follow the frame-pointer chain (the kernel is built with frame
// pointers). Only plausible frames are followed: in the kernel half,
// aligned, and moving up the stack.
static void panic_stack_trace(uint64_t first, bool first_is_return, uint64_t rbp)
{
    log_printf_raw("stack trace:\n");
    panic_symbol("  ", first, first_is_return);
    for (int depth = 0; depth < PANIC_TRACE_DEPTH; depth++)
    {
        if (rbp < KERNEL_HALF || rbp % 8 != 0)
        {
            break;
        }
        const uint64_t* frame = (const uint64_t*)rbp;
        uint64_t return_address = frame[1];
        if (return_address == 0)
        {
            break;
        }
        panic_symbol("  ", return_address, true);
        if (frame[0] <= rbp)
        {
            break;
        }
        rbp = frame[0];
    }
}

static void panic_begin(const char* fmt, va_list args)
{
    cpu_disable_interrupts();
    if (__atomic_fetch_add(&panicking, 1, __ATOMIC_ACQ_REL) != 0)
    {
        // A fault while reporting, or two CPUs at once: the first reports.
        if (cpu_online_count() > 1)
        {
            cpu_halt_forever();
        }
        log_printf_raw("\n" PANIC_BANNER " (again, while reporting a panic)\n");
        qemu_exit_if_testing(QEMU_EXIT_PANIC);
        cpu_halt_forever();
    }
    // Stop the other CPUs, whatever they are doing, then take over the
    // log even if a stopped CPU was holding its lock.
    if (cpu_online_count() > 1)
    {
        ipi_stop_others();
    }
    log_panic_mode();
    char message[256];
    vsnprintf(message, sizeof(message), fmt, args);
    log_printf_raw("\n" PANIC_BANNER "\n%s\n", message);
}

static _Noreturn void panic_end(void)
{
    log_printf_raw("system halted\n");
    qemu_exit_if_testing(QEMU_EXIT_PANIC);
    cpu_halt_forever();
}

_Noreturn void panic(const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    panic_begin(fmt, args);
    va_end(args);
    // Start at panic's caller: its return address, and its frame.
    const uint64_t* frame = __builtin_frame_address(0);
    panic_stack_trace(frame[1], true, frame[0]);
    panic_end();
}

_Noreturn void panic_frame(const interrupt_frame_t* frame, const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    panic_begin(fmt, args);
    va_end(args);
    interrupt_frame_dump(frame);
    panic_stack_trace(interrupt_frame_ip(frame), false, interrupt_frame_fp(frame));
    panic_end();
}

_Noreturn void trap_lock_failure(const void* lock, const char* what)
{
    panic("spinlock %p: %s", lock, what);
}
