#include "syscall.h"
#include "tcb.h"

#include <stdint.h>
#include <sys/proc.h>

// The kernel starts a thread at one address with one argument (rdi) and a
// stack. To run entry(argument) and then exit, it is started at
// _thread_start (thread_start.asm) instead, with the argument in rdi as
// usual. The top of the new stack holds the thread's control block (see
// tcb.h), and below it, in 16 bytes, the entry function, which
// _thread_start takes back before pointing FS at the block and calling
// the entry; the thread's stack then grows down from under the block.
extern void _thread_start(void);

tid_t thread_create_raw(void (*entry)(void*), void* argument, void* stack_top)
{
    // The entry is stored below stack_top: check what we can before
    // writing there, with the errors the kernel would give; it checks the rest.
    uintptr_t top = (uintptr_t)stack_top;
    if (entry == NULL || top <= PATCHWORK_USER_BASE || top > PATCHWORK_USER_END)
    {
        errno = EFAULT;
        return -1;
    }
    if (top % 16 != 0)
    {
        errno = EINVAL;
        return -1;
    }
    _tcb_t* tcb = (_tcb_t*)(top - sizeof(_tcb_t));
    *tcb = (_tcb_t){.self = tcb};
    void (**slot)(void*) = (void (**)(void*))((uintptr_t)tcb - 16);
    *slot = entry;
    return _syscall_result(_syscall3(SYS_THREAD_CREATE, (long)_thread_start, (long)argument, (long)slot));
}
