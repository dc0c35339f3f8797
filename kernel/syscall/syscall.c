#include "syscall.h"

#include "handlers.h"

#include <kernel/arch/cpu.h>
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
    bool noted = false;
    for (;;)
    {
        // A process that is being ended stops here rather than in user mode.
        process_check_exit();
        noted |= note_deliver(frame);
        process_check_exit();
        // Returns with interrupts off (the entry's sysret turns them back
        // on). An interruption made after this look kicks this CPU, and the
        // kick, held until user mode, brings the thread back through
        // trap_return_to_user. One made before it, whose kick came while
        // the checks above ran in kernel mode, is caught here: that kick
        // passed no return to user mode.
        cpu_disable_interrupts();
        if (!__atomic_load_n(&self->interrupted, __ATOMIC_RELAXED))
        {
            return replaced || noted;
        }
        cpu_enable_interrupts();
    }
}
