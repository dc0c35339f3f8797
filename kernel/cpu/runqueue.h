// The run queue each CPU has: the data the scheduler (sched/sched.c, which
// explains the design) keeps per CPU. It is declared here, in the cpu
// layer, because cpu_t embeds it (the scheduler reaches it from
// cpu_current() in one load); its code stays in sched/.
#ifndef KERNEL_CPU_RUNQUEUE_H
#define KERNEL_CPU_RUNQUEUE_H 1

#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stdint.h>

#define SCHED_PRIORITIES 32

typedef struct thread thread_t;

typedef struct
{
    thread_t* head;
    thread_t* tail;
} sched_list_t;

/** One priority array: a list per priority and a bitmap of the non-empty ones. */
typedef struct
{
    sched_list_t lists[SCHED_PRIORITIES];
    uint32_t bitmap;
    uint32_t count;
} sched_array_t;

/** A CPU's scheduling state (part of cpu_t). */
typedef struct
{
    spinlock_t lock;
    sched_array_t arrays[2];
    sched_array_t* active;
    sched_array_t* expired;
    thread_t* sleepers; /**< asleep with a deadline, earliest first */
    thread_t* current;
    thread_t* idle;
    thread_t* switched_from; /**< the thread just switched away from, for the next one to finish up */
    volatile bool need_resched;
    /**
     * Set (release) once the fields above are ready. Other CPUs place and
     * steal threads only on a started CPU: a CPU is "online" a moment
     * before its scheduler state exists.
     */
    bool started;
    uint64_t timer_deadline; /**< what the timer is armed for (0: off); may be earlier than needed */
    uint64_t timer_interrupts;
    uint64_t timer_programs; /**< times the timer was set (each a write to the local APIC) */
    uint64_t switches;
    uint64_t balance_kicks; /**< halted CPUs woken to take a thread waiting here */
    /**
     * Wake-up IPIs held back while this CPU holds a spinlock, one bit per
     * CPU index; sent when it lets go of its last one (sched_locks_released).
     */
    uint64_t kicks_held;
    uint64_t kicks_deferred; /**< IPIs that were held back so, for sys:/stat/sched */
} sched_cpu_t;

#endif
