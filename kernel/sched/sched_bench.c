// Scheduler benchmarks (bench=sched).
#include "sched.h"
#include "thread.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/cpu.h>
#include <kernel/cpu/cpu.h>
#include <kernel/mem/heap.h>
#include <kernel/panic/panic.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/test/kbench.h>

#define PING_PONG_ROUNDS 20000
#define SLEEP_ROUNDS 200
#define WAKE_ROUNDS 2000

// ---- context switch: two threads on one CPU handing it back and forth --------

static volatile uint64_t ping_pong_count;

static void ping_pong(void* arg)
{
    (void)arg;
    for (int i = 0; i < PING_PONG_ROUNDS; i++)
    {
        __atomic_fetch_add(&ping_pong_count, 1, __ATOMIC_RELAXED);
        sched_yield();
    }
}

KBENCH(sched, context_switch)
{
    ping_pong_count = 0;
    uint64_t start = clock_uptime_ns();
    thread_t* a = thread_create("ping", ping_pong, NULL, SCHED_PRIORITY_DEFAULT, 0);
    thread_t* b = thread_create("pong", ping_pong, NULL, SCHED_PRIORITY_DEFAULT, 0);
    if (a == NULL || b == NULL)
    {
        panic("bench: out of memory");
    }
    thread_join(a);
    thread_join(b);
    uint64_t elapsed = clock_uptime_ns() - start;
    kbench_report("sched_context_switch_ns", elapsed / (2 * PING_PONG_ROUNDS), "ns");
}

// ---- wake-up latency ---------------------------------------------------------

KBENCH(sched, sleep_wakeup_latency)
{
    uint64_t total = 0;
    uint64_t worst = 0;
    for (int i = 0; i < SLEEP_ROUNDS; i++)
    {
        uint64_t deadline = clock_uptime_ns() + 1 * CLOCK_NS_PER_MS;
        sched_sleep_until(deadline);
        uint64_t late = clock_uptime_ns() - deadline;
        total += late;
        worst = late > worst ? late : worst;
    }
    kbench_report("sched_sleep_wakeup_latency_avg_us", total / SLEEP_ROUNDS / 1000, "us");
    kbench_report("sched_sleep_wakeup_latency_max_us", worst / 1000, "us");
}

typedef struct
{
    spinlock_t lock;
    wait_queue_t queue;
    volatile bool waiting;
    volatile uint64_t woken_at;
    volatile uint64_t total;
    volatile int rounds;
} wake_bench_t;

static void wake_sleeper(void* arg)
{
    wake_bench_t* bench = arg;
    for (int i = 0; i < WAKE_ROUNDS; i++)
    {
        spin_lock(&bench->lock);
        bench->waiting = true;
        wait_block(&bench->queue, &bench->lock, 0);
        spin_unlock(&bench->lock);
        bench->total += clock_uptime_ns() - bench->woken_at;
        bench->rounds++;
    }
}

KBENCH(sched, cross_cpu_wakeup_latency)
{
    static wake_bench_t bench;
    bench = (wake_bench_t){0};
    spinlock_init(&bench.lock);
    wait_queue_init(&bench.queue);
    int cpu = cpu_online_count() > 1 ? 1 : 0;
    thread_t* sleeper = thread_create("wake bench", wake_sleeper, &bench, SCHED_PRIORITY_DEFAULT, cpu);
    if (sleeper == NULL)
    {
        panic("bench: out of memory");
    }
    for (int i = 0; i < WAKE_ROUNDS; i++)
    {
        while (!bench.waiting || bench.rounds != i)
        {
            sched_yield();
        }
        spin_lock(&bench.lock);
        bench.waiting = false;
        bench.woken_at = clock_uptime_ns();
        wait_wake(&bench.queue, 1);
        spin_unlock(&bench.lock);
    }
    thread_join(sleeper);
    kbench_report(cpu == 1 ? "sched_wakeup_latency_other_cpu_us" : "sched_wakeup_latency_same_cpu_us",
        bench.total / WAKE_ROUNDS / 1000, "us");
}

// ---- a sleeper sharing its CPU with a hog -------------------------------------

#define HOG_SLEEPS 50

typedef struct
{
    volatile bool stop;
    uint64_t worst;
} hog_bench_t;

static void hog_spin(void* arg)
{
    hog_bench_t* bench = arg;
    while (!bench->stop)
    {
        // Busy in kernel mode, interrupts on: only preemption stops it.
    }
}

static void hog_sleeper(void* arg)
{
    hog_bench_t* bench = arg;
    for (int i = 0; i < HOG_SLEEPS; i++)
    {
        uint64_t deadline = clock_uptime_ns() + 5 * CLOCK_NS_PER_MS;
        sched_sleep_until(deadline);
        uint64_t late = clock_uptime_ns() - deadline;
        bench->worst = late > bench->worst ? late : bench->worst;
    }
}

// How late a 5 ms sleeper runs on a CPU a busy thread keeps (it should get
// the CPU as it wakes: sleepers rise above hogs). sched_test checks only
// that it is not starved.
KBENCH(sched, sleeper_beside_hog)
{
    static hog_bench_t bench;
    bench = (hog_bench_t){0};
    int cpu = cpu_online_count() > 1 ? 1 : 0;
    thread_t* hog = thread_create("hog bench", hog_spin, &bench, SCHED_PRIORITY_DEFAULT, cpu);
    thread_t* sleeper = thread_create("hog sleeper", hog_sleeper, &bench, SCHED_PRIORITY_DEFAULT, cpu);
    if (hog == NULL || sleeper == NULL)
    {
        panic("bench: out of memory");
    }
    thread_join(sleeper);
    bench.stop = true;
    thread_join(hog);
    kbench_report("sched_sleeper_beside_hog_late_max_us", bench.worst / 1000, "us");
}

// ---- picking the next thread ------------------------------------------------------

// Fill a priority array with @p count runnable threads (spread over every
// priority), then time taking the next one and putting it back.
static uint64_t pick_cost_ns(thread_t* threads, uint32_t count)
{
    sched_array_t array;
    sched_array_init(&array);
    for (uint32_t i = 0; i < count; i++)
    {
        threads[i].priority = (uint8_t)((i * 7) % SCHED_PRIORITIES);
        sched_array_push(&array, &threads[i]);
    }
    const uint32_t picks = 200000;
    uint64_t start = cpu_cycles();
    for (uint32_t i = 0; i < picks; i++)
    {
        thread_t* next = sched_array_pop(&array);
        sched_array_push(&array, next); // as when its slice ends
    }
    return kbench_ns(cpu_cycles() - start) / picks;
}

KBENCH(sched, pick_next_is_constant)
{
    static const uint32_t counts[3] = {1, 100, 10000};
    thread_t* threads = kcalloc(10000, sizeof(thread_t));
    if (threads == NULL)
    {
        panic("bench: out of memory");
    }
    uint64_t costs[3];
    pick_cost_ns(threads, 100); // warm up
    for (int i = 0; i < 3; i++)
    {
        costs[i] = pick_cost_ns(threads, counts[i]);
    }
    kfree(threads);
    kbench_report("sched_pick_next_ns_1_thread", costs[0], "ns");
    kbench_report("sched_pick_next_ns_100_threads", costs[1], "ns");
    kbench_report("sched_pick_next_ns_10000_threads", costs[2], "ns");
}

// ---- timer interrupts while idle ---------------------------------------------------

KBENCH(sched, idle_timer_interrupts)
{
    sched_sleep_ns(100 * CLOCK_NS_PER_MS);
    uint64_t before = 0;
    for (uint32_t i = 0; i < cpu_online_count(); i++)
    {
        before += sched_timer_interrupts((int)i);
    }
    sched_sleep_ns(10 * CLOCK_NS_PER_SECOND);
    uint64_t after = 0;
    for (uint32_t i = 0; i < cpu_online_count(); i++)
    {
        after += sched_timer_interrupts((int)i);
    }
    kbench_report("sched_timer_interrupts_all_cpus_idle_10s", after - before, "interrupts");
}
