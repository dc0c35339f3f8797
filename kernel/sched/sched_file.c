// sys:/stat/sched: one line per online CPU,
//   cpuN timer_interrupts X switches Y waiting Z syscalls S timer_programs T
//   current TID timer_due_us D balance_kicks K kicks_deferred Q
//   long_lock_waits L
// (the tickless claim can be checked from user space with it). current is
// the running thread's id (the idle thread's when idle); timer_due_us is
// when the CPU's timer is armed to fire, from now (negative: overdue), or
// "off"; balance_kicks counts the halted CPUs woken to take a thread
// waiting on this one (sched.h); kicks_deferred the wake-up IPIs this CPU
// held back until it let go of its spinlocks (sched.c, sched_kick); and
// long_lock_waits its waits for a spinlock of over 1 ms, each a lock
// holder that was stopped (spinlock.h). Read without the CPUs' locks: a snapshot
// for people and for a test that wants to show why a ready thread does
// not run.
#include "sched_file.h"

#include "sched.h"

#include "thread.h"

#include <kernel/arch/clock.h>
#include <kernel/cpu/cpu.h>
#include <kernel/syscall/syscall.h>

#include <stdio.h>

#define SCHED_FILE_LINE 288

static ssize_t sched_file_read(file_t* file, void* buffer, size_t count)
{
    char text[SCHED_FILE_LINE * 16];
    size_t length = 0;
    uint32_t online = cpu_online_count();
    for (uint32_t i = 0; i < online && length + SCHED_FILE_LINE < sizeof(text); i++)
    {
        const sched_cpu_t* sched = &cpus[i].sched;
        const thread_t* current = __atomic_load_n(&sched->current, __ATOMIC_RELAXED);
        uint64_t due = __atomic_load_n(&sched->timer_deadline, __ATOMIC_RELAXED);
        char timer[24] = "off";
        if (due != 0)
        {
            snprintf(timer, sizeof(timer), "%ld", (long)((int64_t)(due - clock_uptime_ns()) / 1000));
        }
        length += (size_t)snprintf(text + length, sizeof(text) - length,
            "cpu%u timer_interrupts %lu switches %lu waiting %u syscalls %lu timer_programs %lu current %lu timer_due_us %s "
            "balance_kicks %lu kicks_deferred %lu long_lock_waits %lu\n",
            i, (unsigned long)sched_timer_interrupts((int)i), (unsigned long)sched->switches, sched_waiting((int)i),
            (unsigned long)syscall_count((int)i), (unsigned long)sched_timer_programs((int)i),
            current != NULL ? (unsigned long)current->id : 0UL, timer, (unsigned long)sched->balance_kicks,
            (unsigned long)sched->kicks_deferred, (unsigned long)cpus[i].long_lock_waits);
    }
    return file_read_text(file, buffer, count, text, length);
}

static const file_ops_t sched_file_ops = {.read = sched_file_read};

const sysdev_t sched_device = {.path = "stat/sched", .file = &sched_file_ops};
