// Upcalls: the few functions the bottom layers (the architecture, the
// per-CPU code, spinlocks) call in the layers above them. They are
// declared here, below all of their callers, and defined by the layer
// named with each; that way the bottom of the kernel includes nothing
// from above it, and what it calls there is this short list
// (docs/architecture.md, "Layers"; tests/host/layers checks the rest).
//
// The architecture's assembly also calls up, without including any
// header: its interrupt entry calls its own C code, which calls the trap_
// functions below; its system-call entry calls syscall_dispatch
// (syscall/syscall.h); a new thread's first switch-in calls
// sched_thread_entry; the kernel's entry calls kmain (init/main.c).
#ifndef KERNEL_CPU_UPCALL_H
#define KERNEL_CPU_UPCALL_H 1

#include <kernel/arch/interrupt.h>

#include <stdbool.h>

/**
 * mem/fault.c. An exception raised by user code: its address space's
 * owner decides what happens (a process dies), except that the first
 * touch of a lazy page only gets the page. May not return.
 */
void trap_user_fault(interrupt_frame_t* frame);

/**
 * sched/sched.c. The end of every interrupt, on its way out: switch
 * threads if a switch is due and the interrupted code could be preempted.
 */
void trap_interrupt_exit(const interrupt_frame_t* frame);

/**
 * proc/user_return.c. An interrupt is about to return to user mode with
 * @p frame: a thread whose process is ending exits instead, and a waiting
 * note is delivered. True if the frame was changed.
 */
bool trap_return_to_user(interrupt_frame_t* frame);

/** sched/sched.c. Where a new thread starts (see context_stack_init): finish the switch, then run its entry. */
void sched_thread_entry(void);

/** sched/sched.c. A switch is due here and interrupts are back on: switch now (spin_unlock's preemption point). */
void sched_preempt(void);

/**
 * panic/panic.c. A spinlock broke its rules: released while nobody held
 * it, or waited for far longer than any critical section lasts (a lock
 * never given back, a ticket skipped). A panic report, with the stack
 * trace of the CPU that noticed; does not return.
 */
_Noreturn void trap_lock_failure(const void* lock, const char* what);

/**
 * sched/sched.c. This CPU has let go of its last spinlock and held back
 * wake-up IPIs meanwhile (sched_cpu_t.kicks_held): send them now.
 * Interrupts are off.
 */
void sched_locks_released(void);

/** mem/tlb.c. Answer this CPU's pending TLB shootdown request, if there is one (spin_acquire, while it waits). */
void tlb_service(void);

#endif
