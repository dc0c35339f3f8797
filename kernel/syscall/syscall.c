#include "syscall.h"

#include "handlers.h"

#include <kernel/proc/note.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <sys/syscall.h>

// The table and the functions that unpack each call's arguments from the
// frame, generated from syscalls.list (tools/syscalls.py).
#include "syscalls/kernel_table.h"

bool syscall_dispatch(interrupt_frame_t* frame)
{
    thread_t* self = sched_current();
    self->syscall_frame = frame;
    self->frame_replaced = false;
    uint64_t number = syscall_frame_number(frame);
    int64_t result = -ENOSYS;
    if (number < SYS_COUNT && syscall_table[number] != NULL)
    {
        result = syscall_table[number](frame);
    }
    // After "noted" the frame is the interrupted code's, its result register included.
    bool replaced = self->frame_replaced;
    if (!replaced)
    {
        syscall_frame_set_result(frame, (uint64_t)result);
    }
    self->syscall_frame = NULL;
    self->frame_replaced = false;
    // A process that is being ended stops here rather than in user mode.
    process_check_exit();
    bool noted = note_deliver(frame);
    process_check_exit();
    return replaced || noted;
}
