#include "note.h"

#include <kernel/arch/context.h>
#include <kernel/arch/simd.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/user_copy.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <string.h>
#include <sys/syscall.h>

/** What a thread in a note handler will go back to. */
typedef struct
{
    interrupt_frame_t frame;
    void* simd; /**< aligned area inside simd_allocation */
    void* simd_allocation;
} note_context_t;

int note_post(process_t* process, const char* text, size_t length)
{
    while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\0'))
    {
        length--;
    }
    if (length == 0 || length >= NOTE_MAX || memchr(text, '\0', length) != NULL)
    {
        return -EINVAL;
    }
    if (length == 4 && memcmp(text, "kill", 4) == 0)
    {
        process_exit(process, EXIT_KILLED);
        return 0;
    }
    spin_lock(&process->lock);
    if (process->note_count == NOTE_QUEUE)
    {
        spin_unlock(&process->lock);
        return -EAGAIN;
    }
    char* slot = process->notes[(process->note_head + process->note_count) % NOTE_QUEUE];
    memcpy(slot, text, length);
    slot[length] = '\0';
    process->note_count++;
    // Wake its threads so one of them comes by the delivery point soon.
    for (thread_t* thread = process->threads; thread != NULL; thread = thread->process_next)
    {
        if (thread != sched_current())
        {
            sched_interrupt(thread);
        }
    }
    spin_unlock(&process->lock);
    return 0;
}

int note_set_handler(process_t* process, uint64_t address)
{
    if (process != process_current())
    {
        return -EPERM;
    }
    if (address != 0 && !user_range_valid((void*)address, 1))
    {
        return -EINVAL;
    }
    spin_lock(&process->lock);
    process->note_handler = address;
    spin_unlock(&process->lock);
    return 0;
}

static note_context_t* note_context(thread_t* thread)
{
    if (thread->note_context == NULL)
    {
        note_context_t* context = kcalloc(1, sizeof(note_context_t));
        void* simd = context != NULL ? kmalloc(simd_area_size() + SIMD_AREA_ALIGN) : NULL;
        if (simd == NULL)
        {
            kfree(context);
            return NULL;
        }
        context->simd_allocation = simd;
        context->simd = (void*)(((uint64_t)simd + SIMD_AREA_ALIGN - 1) & ~(uint64_t)(SIMD_AREA_ALIGN - 1));
        simd_init_area(context->simd); // XSAVE leaves parts of the header that XRSTOR checks
        thread->note_context = context;
    }
    return thread->note_context;
}

// Take the oldest note if this thread may get it; false otherwise.
static bool note_take(process_t* process, thread_t* self, char text[NOTE_MAX], uint64_t* handler)
{
    // Nearly every return to user mode finds no note: that is seen without
    // the lock. Reading 0 here is no worse than taking the lock just before
    // a note_post: the poster interrupts this thread after it queues, and
    // the note is taken on the next way back (note_deliver's barrier
    // orders this read after the interruption was cleared).
    if (__atomic_load_n(&process->note_count, __ATOMIC_ACQUIRE) == 0)
    {
        return false;
    }
    spin_lock(&process->lock);
    bool taken = process->note_count > 0 && !self->in_note;
    if (taken)
    {
        memcpy(text, process->notes[process->note_head], NOTE_MAX);
        process->note_head = (process->note_head + 1) % NOTE_QUEUE;
        process->note_count--;
        *handler = process->note_handler;
    }
    spin_unlock(&process->lock);
    return taken;
}

// Move @p frame into the handler: the note's text below the red zone,
// then a zero return address (a handler must not return: it writes
// "noted"), 16-byte aligned as a call leaves the stack.
static bool note_enter_handler(thread_t* self, interrupt_frame_t* frame, const char* text, uint64_t handler)
{
    note_context_t* context = note_context(self);
    if (context == NULL)
    {
        return false;
    }
    uint64_t text_at = (interrupt_frame_sp(frame) - CONTEXT_RED_ZONE - NOTE_MAX) & ~0xFULL;
    uint64_t zero = 0;
    uint64_t rsp = text_at - sizeof(uint64_t);
    if (user_copy_to((void*)text_at, text, NOTE_MAX) != 0 || user_copy_to((void*)rsp, &zero, sizeof(zero)) != 0)
    {
        return false; // no stack to run it on
    }
    context->frame = *frame;
    simd_save(context->simd);
    self->in_note = true;
    context_user_call(frame, handler, rsp, text_at);
    return true;
}

bool note_deliver(interrupt_frame_t* frame)
{
    thread_t* self = sched_current();
    process_t* process = self->process;
    if (process == NULL)
    {
        return false;
    }
    // On the way back to user mode an interruption has done its job: a
    // note is taken below, and an ending process is caught by the
    // process_check_exit that follows every call of this function. The
    // store is a full barrier, so that check reads an exiting flag at
    // least as new as the interruption cleared here: a kill sets exiting
    // before it interrupts, and so is never lost. Nearly every return finds
    // the flag clear already and skips the store, whose barrier is the
    // dearest part of a null system call. An interruption not yet visible
    // here is not lost either: syscall_dispatch looks at the flag once more
    // with interrupts off, and after that the interruption's kick
    // (sched_wake) reaches this thread in user mode, which brings it back
    // through here.
    if (__atomic_load_n(&self->interrupted, __ATOMIC_ACQUIRE))
    {
        __atomic_store_n(&self->interrupted, false, __ATOMIC_SEQ_CST);
    }
    char text[NOTE_MAX];
    uint64_t handler = 0;
    if (!note_take(process, self, text, &handler))
    {
        return false;
    }
    if (handler != 0 && note_enter_handler(self, frame, text, handler))
    {
        return true;
    }
    if (strcmp(text, "interrupt") == 0 || strcmp(text, "terminate") == 0 || handler != 0)
    {
        // Unhandled, or the handler could not be entered.
        process_exit(process, EXIT_KILLED);
        process_check_exit();
    }
    return false;
}

int note_return(void)
{
    thread_t* self = sched_current();
    if (!self->in_note || self->syscall_frame == NULL)
    {
        return -EINVAL;
    }
    note_context_t* context = self->note_context;
    // The saved state must still be a user-mode one (it came from there).
    if (!interrupt_frame_from_user(&context->frame))
    {
        return -EINVAL;
    }
    *(interrupt_frame_t*)self->syscall_frame = context->frame;
    simd_restore(context->simd);
    self->in_note = false;
    self->frame_replaced = true;
    return 0;
}

void note_forget(thread_t* thread)
{
    note_context_t* context = thread->note_context;
    if (context != NULL)
    {
        kfree(context->simd_allocation);
        kfree(context);
        thread->note_context = NULL;
    }
}
