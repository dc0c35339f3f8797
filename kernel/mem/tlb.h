// TLB shootdowns: when a mapping goes away, the other CPUs that may have
// cached it must forget it too, before the page is reused. The CPU that
// changed the mapping asks the others with an IPI and waits until each has
// flushed. A CPU waiting for a spinlock keeps answering such requests, so
// the waits cannot deadlock.
#ifndef KERNEL_MEM_TLB_H
#define KERNEL_MEM_TLB_H 1

#include <stdint.h>

struct space;

/**
 * Flush [virt, virt + pages pages) on every other CPU that may cache it:
 * all of them for the kernel half, those with @p space loaded otherwise.
 * The caller has already flushed its own TLB.
 */
void tlb_shootdown(struct space* space, uint64_t virt, uint64_t pages);

// tlb_service, which answers this CPU's pending request, is declared with
// the other upcalls in kernel/cpu/upcall.h: spinlocks call it.

/** Counts since boot, for sys:/stat/mem. */
typedef struct
{
    uint64_t shootdowns; /**< tlb_shootdown calls with another CPU online */
    uint64_t ipis;       /**< requests sent to other CPUs (each waited for) */
} tlb_stats_t;

tlb_stats_t tlb_stats(void);

/** Install the IPI handler. */
void tlb_init(void);

#endif
