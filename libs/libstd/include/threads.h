/**
 * @file threads.h
 * @brief Threads (C17 7.26), user space only: threads, mutexes, condition
 * variables, thread-specific storage and call_once.
 *
 * Everything waits on futexes (sys/proc.h): a thread that cannot go on
 * sleeps in the kernel; a mutex spins only for a moment (about a hundred
 * pause instructions) before it sleeps. Every function returns one of the
 * thrd_ codes below unless it says otherwise.
 *
 * Timed functions take an absolute TIME_UTC time (see time.h and
 * timespec_get); since the wall clock never jumps, the remaining time is
 * measured on the monotonic clock. A time already past still tries once
 * (mtx_timedlock) before it gives thrd_timedout.
 *
 * Threads made by thrd_create get a stack of THRD_STACK_SIZE bytes
 * (mapped memory; there is no guard page, so deep recursion overwrites
 * whatever lies below). The thread that ends a joinable thread's life is
 * its joiner, which frees the stack once the kernel says the thread is
 * gone (see FUTEX_EXIT in sys/proc.h); a detached thread's stack is freed
 * by a later thrd_create or thrd_join of any thread.
 *
 * The main thread and threads started with thread_create_raw() are
 * threads here too: thrd_current, thread-specific storage and the rest
 * work in them (a raw thread gets a small record on its first use of
 * them, which is never freed). Only the main thread and threads from thrd_create count
 * towards "the last thread": when it ends through thrd_exit, the program
 * ends as with exit(EXIT_SUCCESS) (C17 7.26.5.5). Returning from main
 * ends the program at once, as exit does, whatever threads still run.
 */
#ifndef _THREADS_H
#define _THREADS_H 1

#include <stdint.h>
#include <time.h>

/** The keyword's C23 spelling, as C17 7.26.1 asks. */
#define thread_local _Thread_local

/** A once_flag's initial value. */
#define ONCE_FLAG_INIT {0}

/** How many times thrd_exit goes round the destructors of thread-specific storage. */
#define TSS_DTOR_ITERATIONS 4

/** How many thread-specific storage keys may exist at once. */
#define TSS_KEYS_MAX 64

/** The stack each thread made by thrd_create gets, in bytes. */
#define THRD_STACK_SIZE (128 * 1024)

/** A thread's identity; stays valid until the thread is joined, or ends detached. */
typedef struct _thrd* thrd_t;

/** A thread's function: its return value is the thread's result. */
typedef int (*thrd_start_t)(void*);

/** Results. */
enum
{
    thrd_success = 0, /**< it worked */
    thrd_busy = 1,    /**< the resource is taken (mtx_trylock) */
    thrd_error = 2,   /**< it failed */
    thrd_nomem = 3,   /**< out of memory */
    thrd_timedout = 4 /**< the time given passed first */
};

/** Mutex types, for mtx_init: mtx_plain or mtx_timed, either with mtx_recursive or not. */
enum
{
    mtx_plain = 0,
    mtx_recursive = 1,
    mtx_timed = 2
};

/**
 * A mutex. All its types accept every operation (a plain mutex may be
 * used with mtx_timedlock); a recursive one may be locked again by its
 * holder, and must be unlocked as many times. A zero-filled mtx_t (a
 * static one, say) is an unlocked plain mutex.
 */
typedef struct
{
    volatile uint32_t _state; /* 0 free, 1 locked, 2 locked and maybe waited for */
    int _type;
    void* volatile _owner; /* the holder's thread control block */
    unsigned _depth;       /* times the holder has locked it */
} mtx_t;

/** A condition variable; a zero-filled one is ready for use. */
typedef struct
{
    volatile uint32_t _sequence; /* counts signals: waiters sleep on it */
    volatile uint32_t _waiters;
} cnd_t;

/** A thread-specific storage key. */
typedef unsigned tss_t;

/** A destructor of thread-specific values. */
typedef void (*tss_dtor_t)(void*);

/** call_once's flag: initialise with ONCE_FLAG_INIT. */
typedef struct
{
    volatile uint32_t _state;
} once_flag;

/*
 * Threads.
 */

/**
 * Start @p function(@p argument) in a new thread; its identity goes to
 * *@p thread. thrd_nomem when its stack cannot be had, thrd_error when
 * the kernel refuses the thread.
 */
int thrd_create(thrd_t* thread, thrd_start_t function, void* argument);

/** The calling thread's identity. */
thrd_t thrd_current(void);

/** Nonzero when @p a and @p b are the same thread. */
int thrd_equal(thrd_t a, thrd_t b);

/**
 * Let @p thread go (the caller itself may be it): its resources are
 * freed once it has ended, and it can no longer be joined.
 */
int thrd_detach(thrd_t thread);

/**
 * End the calling thread with @p result: the destructors of its
 * thread-specific values run first. Returning from a thread's function is
 * the same. In the last thread (see above), ends the program with
 * exit(EXIT_SUCCESS).
 */
_Noreturn void thrd_exit(int result);

/**
 * Wait for @p thread to end; its result goes to *@p result (if not NULL),
 * and its resources are freed. thrd_error when @p thread is the caller.
 * Joining a detached or already joined thread is undefined.
 */
int thrd_join(thrd_t thread, int* result);

/**
 * Sleep at least @p duration. Returns 0; -1 when a note handler cut the
 * sleep short (the time left goes to *@p remaining, if not NULL); -2 for
 * a negative or malformed duration.
 */
int thrd_sleep(const struct timespec* duration, struct timespec* remaining);

/** Let other threads run. */
void thrd_yield(void);

/*
 * Mutexes. Unlocking a mutex the caller does not hold gives thrd_error.
 */

/** Make @p mutex of @p type (see above); thrd_error for an unknown type. */
int mtx_init(mtx_t* mutex, int type);

/** Lock @p mutex, waiting as long as it takes. */
int mtx_lock(mtx_t* mutex);

/** Lock @p mutex, or give thrd_timedout once the TIME_UTC time @p deadline has passed. */
int mtx_timedlock(mtx_t* restrict mutex, const struct timespec* restrict deadline);

/** Lock @p mutex if that needs no wait; thrd_busy otherwise. */
int mtx_trylock(mtx_t* mutex);

/** Unlock @p mutex (held by the caller). */
int mtx_unlock(mtx_t* mutex);

/** Done with @p mutex (unlocked, with no waiters): nothing to free. */
void mtx_destroy(mtx_t* mutex);

/*
 * Condition variables. Waits may end without a signal (spuriously):
 * check the condition in a loop.
 */

/** Make @p condition. */
int cnd_init(cnd_t* condition);

/** Wake one thread waiting on @p condition, if any. */
int cnd_signal(cnd_t* condition);

/** Wake every thread waiting on @p condition. */
int cnd_broadcast(cnd_t* condition);

/**
 * Unlock @p mutex (held by the caller, a recursive one however many
 * times), wait for a signal, and lock it again as it was.
 */
int cnd_wait(cnd_t* condition, mtx_t* mutex);

/** cnd_wait, giving thrd_timedout once the TIME_UTC time @p deadline has passed. */
int cnd_timedwait(cnd_t* restrict condition, mtx_t* restrict mutex, const struct timespec* restrict deadline);

/** Done with @p condition (nobody waits on it): nothing to free. */
void cnd_destroy(cnd_t* condition);

/*
 * Thread-specific storage: one value per key per thread, NULL until set.
 */

/**
 * A new key in *@p key (thrd_error when TSS_KEYS_MAX exist). When a
 * thread ends through thrd_exit, @p destructor (if not NULL) is called
 * with its value for the key if that is not NULL (the value is set to NULL
 * first), again up to TSS_DTOR_ITERATIONS times while destructors set
 * values. Not at exit() or a return from main.
 */
int tss_create(tss_t* key, tss_dtor_t destructor);

/** The calling thread's value for @p key (NULL for a deleted key). */
void* tss_get(tss_t key);

/** Set the calling thread's value for @p key; thrd_error for a deleted key. */
int tss_set(tss_t key, void* value);

/** Delete @p key; no destructor is called. */
void tss_delete(tss_t key);

/*
 * Once.
 */

/**
 * Call @p function the first time call_once is called with @p flag; the
 * other callers, concurrent ones included, return once it has returned.
 */
void call_once(once_flag* flag, void (*function)(void));

#endif
