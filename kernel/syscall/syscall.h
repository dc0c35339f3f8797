// System calls: the kernel's side of <sys/syscall.h>.
//
// syscall_entry (entry.asm) saves the caller's registers as an
// interrupt_frame_t and calls syscall_dispatch, which looks the number up
// in the table. The table and the handlers' typed prototypes are generated
// from syscalls.list (tools/syscalls.py): each entry converts the argument
// registers to the handler's argument types and calls it. A handler returns
// its result or a negated errno; every user pointer it gets is checked (see
// mem/user_copy.h and user_string.h).
#ifndef KERNEL_SYSCALL_SYSCALL_H
#define KERNEL_SYSCALL_SYSCALL_H 1

#include <kernel/arch/x86_64/interrupt.h>

#include <stdbool.h>
#include <stdint.h>

/** The vector field of a system call's frame (no real vector is that large). */
#define SYSCALL_FRAME_VECTOR 0x100

/** One entry of the dispatch table: takes the call's arguments from @p frame. */
typedef int64_t (*syscall_handler_t)(const interrupt_frame_t* frame);

/** Program this CPU's syscall MSRs (entry point, selectors, flag mask). */
void syscall_init_cpu(void);

/**
 * Called by entry.asm with the saved registers; the result goes to
 * frame->rax. Returns true when the frame was changed beyond rax (a note
 * handler starts or ends), so it must be restored in full with iretq.
 */
bool syscall_dispatch(interrupt_frame_t* frame);

/** The number of system calls entered on CPU @p cpu since boot (for sys:/stat/sched). */
uint64_t syscall_count(int cpu);

#endif
