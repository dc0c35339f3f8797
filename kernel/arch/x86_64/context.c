// Threads' CPU state on x86-64 (kernel/arch/context.h): a new thread's
// first stack for context_switch.asm, and the frames that enter user mode.
#include "cpu.h"
#include "gdt.h"
#include "idt.h"

#include <kernel/arch/context.h>

#include <string.h>

#define USER_RFLAGS (CPU_RFLAGS_ALWAYS | CPU_RFLAGS_IF)

/** context_switch.asm: a new thread's first "return" lands here. */
extern void thread_entry(void);

uint64_t context_stack_init(uint64_t stack_top)
{
    // From the top: a zero "return address" ends stack traces (and puts
    // rsp where a called function expects it), thread_entry for
    // context_switch's ret, the six registers it pops, and the RFLAGS it
    // pops first: interrupts off, as sched_thread_entry expects.
    uint64_t* sp = (uint64_t*)stack_top;
    *--sp = 0;
    *--sp = (uint64_t)thread_entry;
    for (int i = 0; i < 6; i++)
    {
        *--sp = 0;
    }
    *--sp = CPU_RFLAGS_ALWAYS;
    return (uint64_t)sp;
}

// The frame an interrupt from ring 3 would have left.
void context_user_frame(interrupt_frame_t* frame, uint64_t ip, uint64_t sp, uint64_t arg0, uint64_t arg1,
    uint64_t arg2)
{
    memset(frame, 0, sizeof(*frame));
    frame->rip = ip;
    frame->cs = GDT_USER_CODE;
    frame->rflags = USER_RFLAGS;
    frame->rsp = sp;
    frame->ss = GDT_USER_DATA;
    frame->rdi = arg0;
    frame->rsi = arg1;
    frame->rdx = arg2;
}

_Noreturn void context_enter_user(interrupt_frame_t* frame)
{
    __asm__ volatile("mov %0, %%rsp\n\tjmp interrupt_return" : : "r"(frame) : "memory");
    __builtin_unreachable();
}

void context_user_call(interrupt_frame_t* frame, uint64_t ip, uint64_t sp, uint64_t arg)
{
    frame->rip = ip;
    frame->rsp = sp; // as after a call: rsp + 8 is 16-byte aligned
    frame->rdi = arg;
    frame->rflags &= ~CPU_RFLAGS_DF; // as the ABI expects on entry to a function
}
