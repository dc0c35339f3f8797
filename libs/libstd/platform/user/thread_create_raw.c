#include "syscall.h"
#include "tcb.h"
#include "tls.h"

#include <stdint.h>
#include <sys/proc.h>

// The kernel starts a thread at one address with one argument (rdi) and a
// stack. To run entry(argument) and then exit, it is started at
// _thread_start (thread_start.asm) instead, with the argument in rdi as
// usual. The top of the new stack holds the thread's control block (see
// tcb.h) with its thread-local variables under it (tls.h), and below them,
// in 16 bytes, the entry function and the block's address, which
// _thread_start takes back before pointing FS at the block and calling
// the entry; the thread's stack then grows down from there.
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
    _tcb_t* tcb = _tls_setup(stack_top);
    uintptr_t lowest = top - _tls_area_size();
    void** slot = (void**)((lowest - 16) & ~(uintptr_t)15);
    slot[0] = (void*)entry;
    slot[1] = tcb;
    return _syscall_result(_sys_thread_create((void*)_thread_start, argument, slot));
}
