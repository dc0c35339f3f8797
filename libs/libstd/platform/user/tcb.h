/* The thread control block (private to libstd's user platform): one per
   thread, found through the FS segment base, which each thread sets to
   its own block with wrfsbase when it starts (the kernel keeps FS per
   thread). The first field points at the block itself, so fs:0 gives its
   address. */
#ifndef _LIBSTD_USER_TCB_H
#define _LIBSTD_USER_TCB_H 1

#include <stdint.h>

typedef struct _tcb
{
    struct _tcb* self; /* must stay first: fs:0 */
    int errno_value;
    int reserved;
    void* thread; /* threads.h: the thread's struct _thrd (threads/thrd_internal.h), NULL until it has one */
    void* malloc_cache; /* malloc_cache.h: this thread's cache of small blocks, NULL for none */
} _tcb_t;

/* A multiple of 16, so a block at the top of a stack keeps it aligned. */
_Static_assert(sizeof(_tcb_t) % 16 == 0, "the block sits at a stack's top");

/* Point FS at @p tcb (after filling in self). */
static inline void _tcb_install(_tcb_t* tcb)
{
    tcb->self = tcb;
    __asm__ volatile("wrfsbase %0" : : "r"(tcb) : "memory");
}

static inline _tcb_t* _tcb_current(void)
{
    _tcb_t* tcb;
    __asm__("mov %%fs:0, %0" : "=r"(tcb));
    return tcb;
}

#endif
