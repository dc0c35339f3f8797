/* threads.h's private parts (libstd's user platform): what each thread
   keeps, and the helpers the thrd_, mtx_, cnd_ and tss_ files share. */
#ifndef _LIBSTD_USER_THRD_INTERNAL_H
#define _LIBSTD_USER_THRD_INTERNAL_H 1

#include "../futex_lock.h"
#include "../malloc_cache.h"
#include "../tcb.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <threads.h>

/* struct _thrd's state: who frees the thread's memory. */
#define _THRD_JOINABLE 0 /* its joiner, after thrd_join */
#define _THRD_DETACHED 1 /* the reaper, once the thread has ended */
#define _THRD_EXITING 2  /* ending while joinable: its joiner still */

/* One thread's value for one key; the key's generation tells a value set
   for a deleted key apart from one for the key that reuses its slot. */
typedef struct
{
    void* value;
    uint32_t generation;
} _tss_slot_t;

struct _thrd
{
    /* 1 while the thread may run; the kernel stores 0 when it has ended
       (FUTEX_EXIT), after which its memory may go. */
    volatile uint32_t alive;
    volatile uint32_t state; /* _THRD_JOINABLE, _THRD_DETACHED or _THRD_EXITING */
    int result;
    void* pthread_result; /* pthread_exit's value, or the start function's (pthread.h) */
    bool counted; /* in _thrd_live: the main thread, and thrd_create's */
    thrd_start_t start;
    void* argument;
    /* The mapping that holds the stack and this structure (at its top);
       NULL for threads whose memory is not ours to free. */
    void* mapping;
    size_t mapping_size;
    struct _thrd* reap_next;
    _tss_slot_t tss[TSS_KEYS_MAX];
    malloc_cache_t malloc_cache; /* thrd_create's threads: given back by thrd_exit */
};

/* Threads that count towards "the last thread" (thrd_exit.c). */
extern volatile uint32_t _thrd_live;

/* The calling thread's structure (made on first use for threads that
   thrd_create did not start). */
struct _thrd* _thrd_self(void);

/* Hand @p thread's memory to the reaper, which frees it once the thread
   has ended. */
void _thrd_reap_later(struct _thrd* thread);

/* Free the memory of the handed-over threads that have ended. */
void _thrd_reap(void);

/* Run the calling thread's thread-specific storage destructors. */
void _tss_run_destructors(struct _thrd* self);

/* The monotonic time (uptime(), ns) at which the TIME_UTC time @p
   deadline comes: false when it is malformed or the clock cannot be read. */
bool _thrd_deadline(const struct timespec* deadline, uint64_t* monotonic);

/* Lock @p mutex, giving up (thrd_timedout) at the monotonic time
   @p deadline unless it is NULL. */
int _mtx_acquire(mtx_t* mutex, const uint64_t* deadline);

/* The mutex owner's identity: the calling thread's control block. */
static inline void* _mtx_me(void)
{
    return _tcb_current();
}

#endif
