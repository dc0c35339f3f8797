#include "user_thread.h"

#include "note.h"

#include <kernel/arch/context.h>
#include <kernel/arch/cpu.h>
#include <kernel/cpu/upcall.h>
#include <kernel/mem/heap.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <string.h>

typedef struct
{
    uint64_t ip, sp, arg0, arg1, arg2;
} user_start_t;

// The thread's first code: build the frame an interrupt from user mode
// would have left, and "return" to it.
static void user_thread_entry(void* argument)
{
    user_start_t start = *(user_start_t*)argument;
    kfree(argument);
    interrupt_frame_t frame;
    context_user_frame(&frame, start.ip, start.sp, start.arg0, start.arg1, start.arg2);
    thread_t* self = sched_current();
    for (;;)
    {
        // The process may have ended, or a note come, before we ran.
        trap_return_to_user(&frame);
        // The last look is made with interrupts off, as syscall_dispatch
        // does: an interruption made after it kicks this CPU, and the
        // kick, held until user mode, brings the thread back through
        // trap_return_to_user. One made before it kicked us while we were
        // still in kernel mode, where the kick does nothing: without this
        // look a new thread that only computes would never see a kill.
        cpu_disable_interrupts();
        if (!__atomic_load_n(&self->interrupted, __ATOMIC_RELAXED))
        {
            break;
        }
        cpu_enable_interrupts();
    }
    context_enter_user(&frame);
}

// The scheduler's reap hook: the thread is off its CPU for good.
static void user_thread_reaped(thread_t* thread)
{
    process_t* process = thread->process;
    note_forget(thread);
    spin_lock(&process->lock);
    thread_t** link = &process->threads;
    while (*link != thread)
    {
        link = &(*link)->process_next;
    }
    *link = thread->process_next;
    bool last = --process->thread_count == 0;
    spin_unlock(&process->lock);
    if (last)
    {
        reaper_enqueue(process); // our reference goes with it
    }
    else
    {
        process_put(process);
    }
}

thread_t* user_thread_new(process_t* process, uint64_t rip, uint64_t rsp, uint64_t arg0, uint64_t arg1, uint64_t arg2)
{
    user_start_t* start = kmalloc(sizeof(user_start_t));
    if (start == NULL)
    {
        return NULL;
    }
    *start = (user_start_t){rip, rsp, arg0, arg1, arg2};
    const char* name = strrchr(process->path, '/');
    thread_t* thread = thread_create_unqueued(name != NULL ? name + 1 : process->path, user_thread_entry, start);
    if (thread == NULL)
    {
        kfree(start);
        return NULL;
    }
    thread->process = process;
    thread->space = process->space;
    thread->reaped = user_thread_reaped;
    return thread;
}

void user_thread_discard(thread_t* thread)
{
    kfree(thread->arg); // the start record
    thread_put(thread); // never started: both references go
    thread_put(thread);
}

int64_t user_thread_start(thread_t* thread)
{
    process_t* process = thread->process;
    spin_lock(&process->lock);
    if (process->exiting && process->thread_count > 0)
    {
        spin_unlock(&process->lock);
        user_thread_discard(thread);
        return -ESRCH;
    }
    thread->process_next = process->threads;
    process->threads = thread;
    process->thread_count++;
    process_ref(process);
    int64_t id = (int64_t)thread->id;
    // Still under the process's lock: no walker of the list can find the
    // thread before the scheduler has it. A process killed before its
    // first thread ran is seen by that thread at once (user_thread_entry).
    thread_start(thread, process->priority, THREAD_ANY_CPU);
    spin_unlock(&process->lock);
    thread_put(thread); // nobody joins a user thread: it frees itself when reaped
    return id;
}
