/**
 * @file pthread.h
 * @brief A part of POSIX threads, on threads.h: threads, mutexes
 * (normal, recursive, error-checking), condition variables, once and
 * thread-specific keys.
 *
 * A pthread_t is a thrd_t: pthread_self() in a thread made by
 * thrd_create (or the main thread) works, and the two APIs may be mixed
 * on one thread. Stacks are THRD_STACK_SIZE bytes (threads.h); there are
 * no stack, scheduling, cancellation, process-shared or robust attributes,
 * and no read-write locks, barriers or spin locks yet.
 *
 * Every function returns 0 or an error number (it does not set errno).
 */
#ifndef _PTHREAD_H
#define _PTHREAD_H 1

#include <threads.h>
#include <time.h>

/** A thread (the same as threads.h's thrd_t). */
typedef thrd_t pthread_t;

/** Thread attributes: only the detach state. */
typedef struct
{
    int detach_state;
} pthread_attr_t;

/** Detach states. */
#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

/** Mutex kinds. */
#define PTHREAD_MUTEX_NORMAL 0     /**< relocking by the holder deadlocks */
#define PTHREAD_MUTEX_RECURSIVE 1  /**< the holder may lock again, and unlocks as often */
#define PTHREAD_MUTEX_ERRORCHECK 2 /**< relocking gives EDEADLK, a stranger's unlock EPERM */
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL

/** A mutex; PTHREAD_MUTEX_INITIALIZER makes a normal one. */
typedef struct
{
    mtx_t _mutex;
    int _kind;
} pthread_mutex_t;

/** Mutex attributes: only the kind. */
typedef struct
{
    int kind;
} pthread_mutexattr_t;

/** A condition variable (threads.h's cnd_t). */
typedef cnd_t pthread_cond_t;

/** Condition attributes: none are kept. */
typedef struct
{
    int unused;
} pthread_condattr_t;

/** pthread_once's flag (threads.h's once_flag). */
typedef once_flag pthread_once_t;

/** A thread-specific key (threads.h's tss_t). */
typedef tss_t pthread_key_t;

#define PTHREAD_MUTEX_INITIALIZER {{0, 0, 0, 0}, PTHREAD_MUTEX_NORMAL}
#define PTHREAD_COND_INITIALIZER {0, 0}
#define PTHREAD_ONCE_INIT ONCE_FLAG_INIT

/** How many keys may exist at once. */
#define PTHREAD_KEYS_MAX TSS_KEYS_MAX

/**
 * Start @p start(@p argument) in a new thread, joinable unless
 * @p attributes says detached; its identity goes to *@p thread. EAGAIN
 * when there is no memory or the kernel refuses a thread.
 */
int pthread_create(pthread_t* restrict thread, const pthread_attr_t* restrict attributes, void* (*start)(void*),
                   void* restrict argument);

/**
 * Wait for @p thread to end and store its value (what its function
 * returned, or what it gave pthread_exit) in *@p value if not NULL.
 * EDEADLK for the calling thread itself. Joining a detached or already
 * joined thread is undefined.
 */
int pthread_join(pthread_t thread, void** value);

/** Let @p thread's memory go when it ends, without a join. */
int pthread_detach(pthread_t thread);

/** End the calling thread with @p value (the program, if it is the last one). */
_Noreturn void pthread_exit(void* value);

/** The calling thread. */
pthread_t pthread_self(void);

/** Nonzero if @p a and @p b are the same thread. */
int pthread_equal(pthread_t a, pthread_t b);

/** Default attributes (joinable). */
int pthread_attr_init(pthread_attr_t* attributes);
/** Nothing to free. */
int pthread_attr_destroy(pthread_attr_t* attributes);
/** PTHREAD_CREATE_JOINABLE or PTHREAD_CREATE_DETACHED; EINVAL otherwise. */
int pthread_attr_setdetachstate(pthread_attr_t* attributes, int state);
/** The detach state in *@p state. */
int pthread_attr_getdetachstate(const pthread_attr_t* attributes, int* state);

/** Make @p mutex unlocked, of @p attributes' kind (NULL: normal). */
int pthread_mutex_init(pthread_mutex_t* restrict mutex, const pthread_mutexattr_t* restrict attributes);
/** EBUSY if it is locked. */
int pthread_mutex_destroy(pthread_mutex_t* mutex);
/** Lock; EDEADLK when an error-checking mutex's holder locks it again. */
int pthread_mutex_lock(pthread_mutex_t* mutex);
/** Lock if free (or the holder's, for a recursive one), else EBUSY. */
int pthread_mutex_trylock(pthread_mutex_t* mutex);
/** Unlock; EPERM when a recursive or error-checking mutex is not the caller's. */
int pthread_mutex_unlock(pthread_mutex_t* mutex);

/** Default mutex attributes (PTHREAD_MUTEX_DEFAULT). */
int pthread_mutexattr_init(pthread_mutexattr_t* attributes);
/** Nothing to free. */
int pthread_mutexattr_destroy(pthread_mutexattr_t* attributes);
/** Set the kind; EINVAL for an unknown one. */
int pthread_mutexattr_settype(pthread_mutexattr_t* attributes, int kind);
/** The kind in *@p kind. */
int pthread_mutexattr_gettype(const pthread_mutexattr_t* restrict attributes, int* restrict kind);

/** Make @p condition ready (@p attributes ignored). */
int pthread_cond_init(pthread_cond_t* restrict condition, const pthread_condattr_t* restrict attributes);
/** Nothing to free. */
int pthread_cond_destroy(pthread_cond_t* condition);
/** Wake one waiter. */
int pthread_cond_signal(pthread_cond_t* condition);
/** Wake every waiter. */
int pthread_cond_broadcast(pthread_cond_t* condition);
/** Unlock @p mutex, wait for a signal, lock it again (wake-ups may be spurious). */
int pthread_cond_wait(pthread_cond_t* restrict condition, pthread_mutex_t* restrict mutex);
/**
 * pthread_cond_wait() until the CLOCK_REALTIME time @p deadline:
 * ETIMEDOUT when it passes (the mutex is locked again), EINVAL for a
 * malformed time.
 */
int pthread_cond_timedwait(pthread_cond_t* restrict condition, pthread_mutex_t* restrict mutex,
                           const struct timespec* restrict deadline);

/** Run @p function once for @p flag, whatever the number of callers; the others wait for it. */
int pthread_once(pthread_once_t* flag, void (*function)(void));

/** A new key; @p destructor (or NULL) runs on a thread's value at its end. EAGAIN when all are taken. */
int pthread_key_create(pthread_key_t* key, void (*destructor)(void*));
/** Delete @p key (no destructor runs). */
int pthread_key_delete(pthread_key_t key);
/** The calling thread's value for @p key (NULL if none). */
void* pthread_getspecific(pthread_key_t key);
/** Set the calling thread's value for @p key; EINVAL for a deleted or unknown key. */
int pthread_setspecific(pthread_key_t key, const void* value);

#endif
