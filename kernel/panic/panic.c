#include "panic.h"

#include "ksym.h"

#include <boot/paging_bits.h>
#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/lapic.h>
#include <kernel/arch/x86_64/qemu.h>
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
        lapic_send_nmi_others();
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

static void panic_page_fault_details(uint64_t error_code)
{
    // The error code's low bits say what kind of access failed.
    log_printf_raw("page fault: %s, %s access, %s mode%s\n",
        (error_code & 1) ? "protection violation" : "page not present", (error_code & 2) ? "write" : "read",
        (error_code & 4) ? "user" : "kernel", (error_code & 16) ? ", instruction fetch" : "");
}

_Noreturn void panic_frame(const interrupt_frame_t* frame, const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    panic_begin(fmt, args);
    va_end(args);
    log_printf_raw("exception: vector %lu (%s), error code 0x%lx\n", (unsigned long)frame->vector,
        interrupt_vector_name(frame->vector), (unsigned long)frame->error_code);
    if (frame->vector == VECTOR_PAGE_FAULT)
    {
        panic_page_fault_details(frame->error_code);
    }
    log_printf_raw("rip=0x%016lx cs=0x%lx rflags=0x%lx\n", (unsigned long)frame->rip, (unsigned long)frame->cs,
        (unsigned long)frame->rflags);
    log_printf_raw("rsp=0x%016lx ss=0x%lx\n", (unsigned long)frame->rsp, (unsigned long)frame->ss);
    log_printf_raw("rax=0x%016lx rbx=0x%016lx rcx=0x%016lx\n", (unsigned long)frame->rax,
        (unsigned long)frame->rbx, (unsigned long)frame->rcx);
    log_printf_raw("rdx=0x%016lx rsi=0x%016lx rdi=0x%016lx\n", (unsigned long)frame->rdx,
        (unsigned long)frame->rsi, (unsigned long)frame->rdi);
    log_printf_raw("rbp=0x%016lx r8 =0x%016lx r9 =0x%016lx\n", (unsigned long)frame->rbp,
        (unsigned long)frame->r8, (unsigned long)frame->r9);
    log_printf_raw("r10=0x%016lx r11=0x%016lx r12=0x%016lx\n", (unsigned long)frame->r10,
        (unsigned long)frame->r11, (unsigned long)frame->r12);
    log_printf_raw("r13=0x%016lx r14=0x%016lx r15=0x%016lx\n", (unsigned long)frame->r13,
        (unsigned long)frame->r14, (unsigned long)frame->r15);
    log_printf_raw("cr0=0x%016lx cr2=0x%016lx cr3=0x%016lx cr4=0x%016lx\n", (unsigned long)cpu_read_cr0(),
        (unsigned long)cpu_read_cr2(), (unsigned long)cpu_read_cr3(), (unsigned long)cpu_read_cr4());
    panic_stack_trace(frame->rip, false, frame->rbp);
    panic_end();
}
