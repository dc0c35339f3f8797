// A thread's CPU state as the scheduler and the process code handle it:
// switching kernel stacks, a new thread's first stack, the user-mode
// registers that are per thread (x86-64: the FS and GS bases), and
// entering user mode. The SIMD registers have their own header (simd.h).
//
// The architecture's half, <kernel/arch/current/context.h>, defines:
//
//   context_user_t              the user-mode state switched with the
//                               thread but kept in no frame
//   context_user_save(state), context_user_load(state)
//                               inline: take it off the CPU into @p state,
//                               and put it back
//   CONTEXT_RED_ZONE            bytes below a user stack pointer that the
//                               ABI lets code use without moving it
#ifndef KERNEL_ARCH_CONTEXT_H
#define KERNEL_ARCH_CONTEXT_H 1

#include <kernel/arch/interrupt.h>

#include <kernel/arch/current/context.h>

#include <stdint.h>

/**
 * Save the current thread's callee-saved state on its stack, store its
 * stack pointer in *@p save_sp, switch to the stack at @p load_sp and
 * resume the thread saved there.
 */
void context_switch(uint64_t* save_sp, uint64_t load_sp);

/**
 * Prepare a new thread's kernel stack, whose top is @p stack_top, and
 * return the stack pointer to give context_switch: the thread's first
 * switch-in calls sched_thread_entry (kernel/cpu/upcall.h) with
 * interrupts off.
 */
uint64_t context_stack_init(uint64_t stack_top);

/**
 * Fill @p frame for a thread's first entry to user mode: it starts at
 * @p ip on the stack @p sp, with interrupts on, as a function called with
 * @p arg0, @p arg1 and @p arg2.
 */
void context_user_frame(interrupt_frame_t* frame, uint64_t ip, uint64_t sp, uint64_t arg0, uint64_t arg1,
    uint64_t arg2);

/** Leave the kernel for user mode with the registers of @p frame (interrupts off). */
_Noreturn void context_enter_user(interrupt_frame_t* frame);

/**
 * Change the user-mode @p frame so that it resumes in the function at
 * @p ip with @p arg as its argument, on the stack @p sp, whose top word the
 * caller has set to the function's (zero) return address.
 */
void context_user_call(interrupt_frame_t* frame, uint64_t ip, uint64_t sp, uint64_t arg);

#endif
