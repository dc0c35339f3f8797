// System calls: the kernel's side of <sys/syscall.h>.
//
// The architecture's entry code (kernel/arch/syscall_entry.h) saves the
// caller's registers as an interrupt_frame_t and calls syscall_dispatch,
// which looks the number up in the table. The table and the handlers'
// typed prototypes are generated from syscalls.list (tools/syscalls.py):
// each entry converts the argument registers to the handler's argument
// types and calls it. A handler returns its result or a negated errno;
// every user pointer it gets is checked (see mem/user_copy.h and
// user_string.h).
#ifndef KERNEL_SYSCALL_SYSCALL_H
#define KERNEL_SYSCALL_SYSCALL_H 1

#include <kernel/arch/syscall_entry.h>

#include <stdbool.h>
#include <stdint.h>

/** One entry of the dispatch table: takes the call's arguments from @p frame. */
typedef int64_t (*syscall_handler_t)(const interrupt_frame_t* frame);

/**
 * Called by the architecture's entry code with the saved registers; the
 * result goes to the frame's result register. Returns true when the
 * frame was changed beyond that register (a note handler starts or ends),
 * so it must be restored in full (x86-64: with iretq, not sysret).
 * Called with interrupts on; returns with them off, so that nothing comes
 * between its last look at the thread's interrupted flag and user mode.
 */
bool syscall_dispatch(interrupt_frame_t* frame);

#endif
