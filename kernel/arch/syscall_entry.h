// The system-call entry as the portable kernel sees it. The architecture's
// entry code switches to the thread's kernel stack, saves the caller's
// registers as an interrupt_frame_t (interrupt.h), and calls
// syscall_dispatch (kernel/syscall/syscall.h) with interrupts on; it
// returns to the caller with the frame as syscall_dispatch left it.
//
// The architecture's half, <kernel/arch/current/syscall_entry.h>,
// defines where the calling convention keeps things, inline:
//
//   syscall_frame_number(frame)       the call's number
//   syscall_frame_arg(frame, i)       its argument i (0 to 5)
//   syscall_frame_set_result(frame, value)
#ifndef KERNEL_ARCH_SYSCALL_ENTRY_H
#define KERNEL_ARCH_SYSCALL_ENTRY_H 1

#include <kernel/arch/interrupt.h>

#include <kernel/arch/current/syscall_entry.h>

#include <stdint.h>

/** The number of system calls entered on CPU @p cpu since boot (for sys:/stat/sched). */
uint64_t syscall_count(int cpu);

#endif
