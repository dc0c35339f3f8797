#include "process.h"

#include "fd.h"

#include <kernel/log/log.h>
#include <kernel/mem/heap.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/waitqueue.h>

#include <errno.h>
#include <stddef.h>

// The process table: every process not yet released, oldest first (so
// sys:/proc lists them in the order they started), and the parent links.
static spinlock_t table_lock = SPINLOCK_INIT;
static process_t* table;
static process_t** table_end = &table; // the last table_next, where the next process goes
static uint64_t table_count;
// Where process_id_at last stopped, while the table has not changed
// (NULL otherwise): listing sys:/proc goes on from there.
static process_t* table_at;
static uint64_t table_at_index;

void process_init(void)
{
    reaper_init();
}

process_t* process_current(void)
{
    return sched_current()->process;
}

void process_ref(process_t* process)
{
    __atomic_add_fetch(&process->refs, 1, __ATOMIC_ACQ_REL);
}

void process_put(process_t* process)
{
    if (__atomic_sub_fetch(&process->refs, 1, __ATOMIC_ACQ_REL) == 0)
    {
        kfree(process->cmdline);
        kfree(process->environ);
        kfree(process);
    }
}

void process_table_add(process_t* process)
{
    spin_lock(&table_lock);
    process->table_next = NULL;
    *table_end = process;
    table_end = &process->table_next;
    table_count++;
    table_at = NULL;
    spin_unlock(&table_lock);
}

bool process_id_at(uint64_t index, pid_t* pid)
{
    spin_lock(&table_lock);
    bool resume = table_at != NULL && table_at_index <= index;
    process_t* process = resume ? table_at : table;
    for (uint64_t i = resume ? table_at_index : 0; i < index && process != NULL; i++)
    {
        process = process->table_next;
    }
    if (process != NULL)
    {
        *pid = process->id;
        table_at = process;
        table_at_index = index;
    }
    spin_unlock(&table_lock);
    return process != NULL;
}

process_t* process_get(pid_t pid)
{
    spin_lock(&table_lock);
    process_t* found = table;
    while (found != NULL && found->id != pid)
    {
        found = found->table_next;
    }
    if (found != NULL)
    {
        process_ref(found);
    }
    spin_unlock(&table_lock);
    return found;
}

bool process_is_descendant(process_t* process, pid_t ancestor)
{
    if (process == NULL || ancestor == 0)
    {
        return true;
    }
    spin_lock(&table_lock);
    while (process != NULL && process->id != ancestor)
    {
        process = process->parent;
    }
    spin_unlock(&table_lock);
    return process != NULL;
}

uint64_t process_count(void)
{
    return __atomic_load_n(&table_count, __ATOMIC_RELAXED);
}

static void table_unlink_locked(process_t* process)
{
    process_t** link = &table;
    while (*link != NULL && *link != process)
    {
        link = &(*link)->table_next;
    }
    if (*link != NULL)
    {
        *link = process->table_next;
        if (table_end == &process->table_next)
        {
            table_end = link;
        }
        table_count--;
        table_at = NULL;
    }
}

// Out of the table, and so out of sys:/proc, once: after the parent
// waited, or when nobody is left to wait. Drops the table's reference.
void process_release(process_t* process)
{
    spin_lock(&table_lock);
    bool already = process->released;
    process->released = true;
    if (!already)
    {
        table_unlink_locked(process);
    }
    spin_unlock(&table_lock);
    if (!already)
    {
        process_put(process);
    }
}

void process_exit(process_t* process, int status)
{
    thread_t* self = sched_current();
    spin_lock(&process->lock);
    if (!process->exiting)
    {
        process->exiting = true;
        process->status = status;
    }
    for (thread_t* thread = process->threads; thread != NULL; thread = thread->process_next)
    {
        if (thread != self)
        {
            sched_interrupt(thread);
        }
    }
    spin_unlock(&process->lock);
}

void process_check_exit(void)
{
    thread_t* self = sched_current();
    process_t* process = self->process;
    if (process != NULL && process->exiting)
    {
        thread_exit();
    }
}

int process_wait_exit(process_t* process, process_t* waiter)
{
    spin_lock(&process->lock);
    while (!process->exited)
    {
        if (wait_block(&process->exit_waiters, &process->lock, 0) == WAIT_INTERRUPTED)
        {
            spin_unlock(&process->lock);
            return -EINTR;
        }
    }
    spin_unlock(&process->lock);
    spin_lock(&table_lock);
    bool is_parent = waiter != NULL && process->parent == waiter;
    spin_unlock(&table_lock);
    if (is_parent)
    {
        process_release(process);
    }
    return 0;
}

// The children of a process that is going: nobody will wait for them, so
// those already exited are released now, the others when they exit.
static void process_orphan_children(process_t* process)
{
    for (;;)
    {
        process_t* exited_child = NULL;
        spin_lock(&table_lock);
        for (process_t* child = table; child != NULL; child = child->table_next)
        {
            if (child->parent == process)
            {
                child->parent = NULL;
                if (child->exited)
                {
                    exited_child = child;
                    process_ref(exited_child);
                    break;
                }
            }
        }
        spin_unlock(&table_lock);
        if (exited_child == NULL)
        {
            return;
        }
        process_release(exited_child);
        process_put(exited_child);
    }
}

void process_teardown(process_t* process)
{
    fd_close_all(process);
    // Detached under the lock first: sys:/proc/[pid]/status reads the
    // space's page count under it while the process may be going.
    spin_lock(&process->lock);
    space_t* space = process->space;
    process->space = NULL;
    spin_unlock(&process->lock);
    space_destroy(space);
    process_orphan_children(process);

    spin_lock(&process->lock);
    process->exiting = true;
    process->exited = true;
    wait_wake(&process->exit_waiters, UINT32_MAX);
    spin_unlock(&process->lock);
    log_debug("proc: pid %ld (%s) exited with status %d", (long)process->id, process->path, process->status);

    spin_lock(&table_lock);
    bool orphan = process->parent == NULL;
    spin_unlock(&table_lock);
    if (orphan)
    {
        process_release(process);
    }
}
