// The scheduler: constant time, per-CPU, tickless.
//
// Each CPU has a run queue of two priority arrays, "active" and "expired".
// An array is one FIFO list per priority (0-31) and a 32-bit bitmap of the
// non-empty lists, so picking the next thread is one bit scan and one list
// pop whatever the number of threads: O(1). A thread that uses up its time
// slice goes to the expired array with its priority lowered a step (CPU
// hogs sink); a thread that blocks before its slice ends gains a step
// (threads that sleep a lot rise). When the active array is empty the two
// swap, so every runnable thread runs in each round: nothing starves.
// Higher priorities also get longer slices.
//
// Tickless: there is no periodic interrupt. Each CPU programs its one-shot
// timer (kernel/arch/timer.h; on x86-64 the local APIC's) for one
// deadline only: the end of the current thread's slice
// when another thread is waiting for the CPU, or the earliest sleeper's
// wake-up time, whichever comes first; with neither, the timer is off and
// an idle CPU halts until an interrupt (a wake-up IPI) arrives.
//
// Threads are placed on the least loaded CPU when they start; an idle CPU
// steals waiting threads from the others; waking a thread on another CPU
// sends that CPU an IPI. A woken thread stays on its CPU, so two can end
// up sharing one while another is halted, and a halted CPU does not look
// for work by itself: when a CPU's timer fires (at the latest when the
// running thread's slice ends) with a thread waiting there, it wakes a
// halted CPU to steal that thread. The IPI of a wake-up made under a
// spinlock waits until the waker has let go of its last lock (sched.c,
// sched_kick, says why).
#ifndef KERNEL_SCHED_SCHED_H
#define KERNEL_SCHED_SCHED_H 1

#include "thread.h"

#include <kernel/arch/interrupt.h>
#include <kernel/cpu/cpu.h>
#include <kernel/cpu/runqueue.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SCHED_PRIORITY_DEFAULT 16
#define SCHED_PRIORITY_BONUS 4             /**< how far the dynamic priority moves from the base */
#define SCHED_SLICE_MIN_NS (4ULL * 1000000) /**< the slice at priority 0 */
#define SCHED_SLICE_STEP_NS (500ULL * 1000) /**< added per priority level */

/** Priority arrays on their own (the benchmarks use them directly). */
void sched_array_init(sched_array_t* array);
void sched_array_push(sched_array_t* array, thread_t* thread);
thread_t* sched_array_pop(sched_array_t* array);
void sched_array_remove(sched_array_t* array, thread_t* thread);

/** The time slice for a priority. */
uint64_t sched_slice_ns(uint8_t priority);

/** Start scheduling on the bootstrap CPU; the caller becomes its first thread. */
void sched_init(uint64_t boot_stack_bottom, uint64_t boot_stack_top);

/** Start scheduling on an application processor, running on @p idle's stack; never returns. */
_Noreturn void sched_start_ap(thread_t* idle);

/**
 * The thread running on this CPU: the caller's own thread, whatever CPU it
 * runs on by the time it looks (hence one CPU-local read, and no masking
 * of interrupts, on every system call's path).
 */
static inline thread_t* sched_current(void)
{
    return (thread_t*)cpu_local_read64(offsetof(cpu_t, sched.current));
}

/** Make a new thread runnable (on its pinned CPU, else the least loaded). */
void sched_add(thread_t* thread);

/** Give up the CPU; run again after the others that are waiting. */
void sched_yield(void);

/** Let the scheduler pick what runs next on this CPU, now. */
void sched_schedule(void);

/**
 * Sleep until the clock reaches @p deadline_ns (at least that long, never
 * less), unless the thread is interrupted (sched_interrupt) first.
 */
void sched_sleep_until(uint64_t deadline_ns);
void sched_sleep_ns(uint64_t ns);

/**
 * Block the current thread (interrupts must be off): it sleeps until
 * sched_wakeup, or until @p deadline_ns if not 0. @p release, if given, is
 * a held spinlock given up once the thread is safely off the CPU, so a
 * wake-up cannot be lost. With @p interruptible, a thread already
 * interrupted does not sleep at all (it only gives up @p release): the
 * flag is read under the run-queue lock that sched_interrupt takes, so an
 * interruption is either seen here or wakes the sleeper. Returns with
 * interrupts still off.
 */
void sched_block(spinlock_t* release, uint64_t deadline_ns, bool interruptible);

/** Make a blocked thread runnable again (nothing happens if it is not blocked). */
void sched_wakeup(thread_t* thread);

/**
 * Tell @p thread to stop what it waits for: sets its interrupted flag
 * (which stays set until the thread clears it on its way back to user
 * mode), wakes it if it is blocked, and interrupts its CPU if it runs on
 * another one, so that it looks at the flag on its way back to user mode.
 * The thread must have been started (sched_add).
 */
void sched_interrupt(thread_t* thread);

/** Timer interrupts this CPU has taken (the tickless claim is checked with it). */
uint64_t sched_timer_interrupts(int cpu);

/** Times a CPU's timer has been set: hand-overs between threads should not need it. */
uint64_t sched_timer_programs(int cpu);

/** Runnable threads waiting on a CPU's queue. */
uint32_t sched_waiting(int cpu);

/** End the current thread for good (thread_exit, after waking joiners). */
_Noreturn void sched_exit(void);

/** Install the timer and reschedule-IPI handlers. */
void sched_interrupts_init(void);

#endif
