// The way back to user mode from an interrupt (trap_return_to_user, an
// upcall of kernel/cpu/upcall.h): a thread whose process is ending goes
// no further, and a waiting note is delivered. (System calls do the same
// in syscall_dispatch.)
#include "note.h"
#include "process.h"

#include <kernel/cpu/upcall.h>

bool trap_return_to_user(interrupt_frame_t* frame)
{
    process_check_exit();
    bool changed = note_deliver(frame);
    process_check_exit();
    return changed;
}
