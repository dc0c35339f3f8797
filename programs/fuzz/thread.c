#include "thread.h"

#include "fuzz.h"

static _Noreturn void fthread_trampoline(void* argument)
{
    fthread_t* thread = argument;
    thread->entry(thread->argument);
    futex(&thread->done, 1, FUTEX_EXIT, 0);
    for (;;) // FUTEX_EXIT only returns on a bad address, which done is not
    {
        thread_exit();
    }
}

bool fthread_start(fthread_t* thread, void (*entry)(void*), void* argument)
{
    thread->done = 0;
    thread->entry = entry;
    thread->argument = argument;
    thread->stack = mem_map(-1, NULL, FTHREAD_STACK_SIZE, PROT_READ | PROT_WRITE);
    if (thread->stack == NULL)
    {
        thread->done = 1;
        return false;
    }
    if (thread_create_raw(fthread_trampoline, thread, (uint8_t*)thread->stack + FTHREAD_STACK_SIZE) == -1)
    {
        munmap(thread->stack, FTHREAD_STACK_SIZE);
        thread->stack = NULL;
        thread->done = 1;
        return false;
    }
    return true;
}

void fthread_forget(fthread_t* thread)
{
    if (thread->stack != NULL)
    {
        munmap(thread->stack, FTHREAD_STACK_SIZE);
        thread->stack = NULL;
    }
}

bool fthread_join(fthread_t* thread, uint64_t bound_ns)
{
    uint64_t deadline = uptime() + bound_ns;
    while (__atomic_load_n(&thread->done, __ATOMIC_ACQUIRE) == 0)
    {
        if (uptime() > deadline)
        {
            return false;
        }
        futex(&thread->done, 0, FUTEX_WAIT, 50 * NS_PER_MS); // a note may end it early: look again
    }
    if (thread->stack != NULL)
    {
        munmap(thread->stack, FTHREAD_STACK_SIZE);
        thread->stack = NULL;
    }
    return true;
}
