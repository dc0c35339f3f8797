// The x86-64 half of <kernel/arch/syscall_entry.h> (included only through
// it): the system-call calling convention. The number comes in rax, the
// arguments in rdi, rsi, rdx, r10 (standing in for rcx, which the syscall
// instruction overwrites), r8 and r9, and the result goes back in rax.
#ifndef KERNEL_ARCH_X86_64_SYSCALL_ENTRY_H
#define KERNEL_ARCH_X86_64_SYSCALL_ENTRY_H 1

#include <stdint.h>

/** The vector field of a system call's frame (no real vector is that large). */
#define SYSCALL_FRAME_VECTOR 0x100

static inline uint64_t syscall_frame_number(const interrupt_frame_t* frame)
{
    return frame->rax;
}

// Called with a constant @p index, so this folds to one load.
static inline uint64_t syscall_frame_arg(const interrupt_frame_t* frame, int index)
{
    switch (index)
    {
    case 0:
        return frame->rdi;
    case 1:
        return frame->rsi;
    case 2:
        return frame->rdx;
    case 3:
        return frame->r10;
    case 4:
        return frame->r8;
    default:
        return frame->r9;
    }
}

static inline void syscall_frame_set_result(interrupt_frame_t* frame, uint64_t value)
{
    frame->rax = value;
}

#endif
