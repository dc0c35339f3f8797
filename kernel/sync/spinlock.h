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

#endif
