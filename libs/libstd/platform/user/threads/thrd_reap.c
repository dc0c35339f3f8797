#include "thrd_internal.h"

#include <sys/proc.h>

// Detached threads that have handed over their memory, newest first. Only
// whole-list takes and pushes touch it, so there is no ABA problem.
static struct _thrd* reap_list;

void _thrd_reap_later(struct _thrd* thread)
{
    struct _thrd* head = __atomic_load_n(&reap_list, __ATOMIC_RELAXED);
    do
    {
        thread->reap_next = head;
    } while (!__atomic_compare_exchange_n(&reap_list, &head, thread, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
}

void _thrd_reap(void)
{
    if (__atomic_load_n(&reap_list, __ATOMIC_RELAXED) == NULL)
    {
        return;
    }
    struct _thrd* thread = __atomic_exchange_n(&reap_list, NULL, __ATOMIC_ACQUIRE);
    while (thread != NULL)
    {
        struct _thrd* next = thread->reap_next;
        if (__atomic_load_n(&thread->alive, __ATOMIC_ACQUIRE) == 0)
        {
            munmap(thread->mapping, thread->mapping_size);
        }
        else
        {
            _thrd_reap_later(thread); // still on its way out: next time
        }
        thread = next;
    }
}
