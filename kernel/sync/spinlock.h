// Spinlocks: for short critical sections, also usable from interrupt
// handlers. Taking one turns interrupts off on this CPU (so the holder is
// neither interrupted nor preempted) and remembers whether they were on;
// releasing it restores that. Locks must be released in the reverse order
// of taking them.
//
// It is a ticket lock: CPUs get the lock in the order they asked for it.
// While waiting, a CPU keeps answering TLB shootdown requests, so two CPUs
// cannot deadlock with one waiting for the lock and the other for the
// first to flush its TLB.
#ifndef KERNEL_SYNC_SPINLOCK_H
#define KERNEL_SYNC_SPINLOCK_H 1

#include <kernel/arch/cpu.h>

#include <stdbool.h>
#include <stdint.h>

typedef struct
{
    volatile uint32_t next;  /**< the next ticket to hand out */
    volatile uint32_t owner; /**< the ticket being served */
    interrupt_state_t flags; /**< whether the holder had interrupts on before it took the lock */
} spinlock_t;

#define SPINLOCK_INIT {0, 0, 0}

void spinlock_init(spinlock_t* lock);
void spin_lock(spinlock_t* lock);
void spin_unlock(spinlock_t* lock);

/** Take the lock only if it is free right now. */
bool spin_trylock(spinlock_t* lock);

/** True if some CPU holds the lock. */
bool spin_is_locked(const spinlock_t* lock);

/**
 * Release without touching the interrupt flag (the scheduler gives up a
 * lock this way and keeps interrupts off until it has switched threads).
 */
void spin_release(spinlock_t* lock);

/** Take the lock when interrupts are already off; spin_release gives it back. */
void spin_acquire(spinlock_t* lock);

/**
 * How long a CPU has spun waiting for something another CPU must do (a
 * lock given back, a TLB flush answered). Start it at SPIN_WATCH_INIT
 * and call spin_watch_stuck once per spin: it looks at the clock every so
 * many spins and says true once the wait has lasted SPIN_STUCK_NS, far
 * longer than any critical section, even on a host that stops a virtual
 * CPU for a while. Before the clock runs there is no limit.
 */
typedef struct
{
    uint64_t since; /**< the clock at the first look; 0 before it */
    uint32_t spins;
} spin_watch_t;

#define SPIN_WATCH_INIT {0, 0}
#define SPIN_STUCK_NS (20ULL * 1000000000)

/**
 * A wait for a spinlock longer than this is counted (cpu_t.long_lock_waits,
 * sys:/stat/sched): no critical section lasts that long, so the holder
 * was stopped meanwhile, under emulation by the host taking its core.
 */
#define SPIN_LONG_WAIT_NS (1000ULL * 1000)

bool spin_watch_stuck(spin_watch_t* watch);

#endif
