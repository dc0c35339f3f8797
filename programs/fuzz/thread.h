// Threads for the races: started on a stack of their own, and joined with
// a bound, which plain thrd_join cannot do. A thread ends through
// FUTEX_EXIT on its done word, so once the joiner sees the word set the
// thread runs no more user code and its stack can go.
#ifndef FUZZ_THREAD_H
#define FUZZ_THREAD_H 1

#include <stdbool.h>
#include <stdint.h>

#define FTHREAD_STACK_SIZE (64 * 1024)

typedef struct
{
    volatile uint32_t done; /**< 1 once the thread has ended */
    void (*entry)(void*);
    void* argument;
    void* stack;
} fthread_t;

/** Start entry(argument) in a new thread; false if it could not be made. */
bool fthread_start(fthread_t* thread, void (*entry)(void*), void* argument);

/**
 * Wait until @p thread has ended, at most @p bound_ns; frees its stack
 * when it has. False if it is still running (its stack is kept).
 */
bool fthread_join(fthread_t* thread, uint64_t bound_ns);

/**
 * Give back the stack of @p thread, which ended through a FUTEX_EXIT of
 * its own on another word (so its done word is never set): call it only
 * once that other word has changed.
 */
void fthread_forget(fthread_t* thread);

#endif
