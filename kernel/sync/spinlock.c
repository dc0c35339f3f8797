#include "spinlock.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/cpu.h>
#include <kernel/cpu/cpu.h>
#include <kernel/cpu/upcall.h>

#include <stddef.h>

void spinlock_init(spinlock_t* lock)
{
    lock->next = 0;
    lock->owner = 0;
    lock->flags = 0;
}

#define SPIN_CLOCK_EVERY (1u << 14) // spins between looks at the clock

bool spin_watch_stuck(spin_watch_t* watch)
{
    if (++watch->spins % SPIN_CLOCK_EVERY != 0)
    {
        return false;
    }
    uint64_t now = clock_uptime_ns(); // 0 before the clock runs: no limit then
    if (watch->since == 0)
    {
        watch->since = now;
        return false;
    }
    return now - watch->since > SPIN_STUCK_NS;
}

// A CPU that has waited SPIN_STUCK_NS for one lock will wait for ever (the
// lock was never given back, or its ticket was skipped), with interrupts
// off, and everything that lands on it waits with it. A panic report says
// where, a silent CPU does not.
static void spin_wait(spinlock_t* lock, uint32_t ticket)
{
    uint64_t since = clock_uptime_ns(); // 0 before the clock runs
    spin_watch_t watch = SPIN_WATCH_INIT;
    while (__atomic_load_n(&lock->owner, __ATOMIC_ACQUIRE) != ticket)
    {
        tlb_service();
        cpu_pause();
        if (spin_watch_stuck(&watch))
        {
            trap_lock_failure(lock, "waited for more than 20 s");
        }
    }
    if (since != 0 && clock_uptime_ns() - since > SPIN_LONG_WAIT_NS)
    {
        cpu_current()->long_lock_waits++;
    }
}

void spin_acquire(spinlock_t* lock)
{
    uint32_t ticket = __atomic_fetch_add(&lock->next, 1, __ATOMIC_RELAXED);
    if (__atomic_load_n(&lock->owner, __ATOMIC_ACQUIRE) != ticket)
    {
        spin_wait(lock, ticket);
    }
    cpu_current()->locks_held++;
}

// Count a lock let go of; after the last one, send the wake-up IPIs the
// scheduler held back meanwhile (cpu_t.locks_held says why it does).
static void spin_count_release(void)
{
    cpu_t* cpu = cpu_current();
    if (cpu->locks_held > 0 && --cpu->locks_held == 0 && cpu->sched.kicks_held != 0)
    {
        sched_locks_released();
    }
}

void spin_release(spinlock_t* lock)
{
    uint32_t owner = lock->owner;
    // Free means next == owner. Moving owner past next would hand a later
    // ticket the lock while skipping the CPU that holds the current one.
    if (__atomic_load_n(&lock->next, __ATOMIC_RELAXED) == owner)
    {
        trap_lock_failure(lock, "released while nobody holds it");
    }
    __atomic_store_n(&lock->owner, owner + 1, __ATOMIC_RELEASE);
    spin_count_release();
}

void spin_lock(spinlock_t* lock)
{
    interrupt_state_t flags = cpu_interrupts_save();
    spin_acquire(lock);
    lock->flags = flags;
}

void spin_unlock(spinlock_t* lock)
{
    uint64_t flags = lock->flags;
    spin_release(lock);
    if (cpu_interrupts_were_on(flags))
    {
        // A wake-up inside the section may have made a switch due; with
        // interrupts back on this is a preemption point like any other.
        bool due = cpu_current()->sched.need_resched && cpu_current()->sched.current != NULL;
        cpu_enable_interrupts();
        if (due)
        {
            sched_preempt();
        }
    }
}

bool spin_trylock(spinlock_t* lock)
{
    interrupt_state_t flags = cpu_interrupts_save();
    uint32_t owner = __atomic_load_n(&lock->owner, __ATOMIC_RELAXED);
    uint32_t expected = owner;
    // Free means next == owner: take ticket "owner" by moving next on.
    if (__atomic_compare_exchange_n(&lock->next, &expected, owner + 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    {
        cpu_current()->locks_held++;
        lock->flags = flags;
        return true;
    }
    cpu_interrupts_restore(flags);
    return false;
}

bool spin_is_locked(const spinlock_t* lock)
{
    return __atomic_load_n(&lock->next, __ATOMIC_RELAXED) != __atomic_load_n(&lock->owner, __ATOMIC_RELAXED);
}
