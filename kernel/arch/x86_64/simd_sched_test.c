// The scheduler keeps each thread's SIMD registers (simd.c saves and
// restores them): two threads that fill them with different patterns and
// are preempted in between must each find their own afterwards.
#include "cpu.h"
#include "simd.h"

#include <kernel/arch/clock.h>
#include <kernel/cpu/cpu.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/test/ktest.h>

#define MS CLOCK_NS_PER_MS

// simd_test.asm
int simd_test_check(uint64_t seed, int avx);
void simd_test_fill(uint64_t seed, int avx);

static uint32_t this_cpu(void)
{
    interrupt_state_t flags = cpu_interrupts_save();
    uint32_t index = cpu_current()->index;
    cpu_interrupts_restore(flags);
    return index;
}

// Two workers on one CPU, each counting and watching the other's count.
// A change seen in the other's count means the other ran while this one
// was off the CPU: they interleave by preemption, however slowly the
// host runs the CPU (an end in wall-clock time proved nothing on a busy
// host, where one slice could outlast it).
#define SIMD_CHANGES 3
#define SIMD_GIVE_UP (30000 * MS) // only a scheduler that never preempts

typedef struct simd_test
{
    uint64_t seed;
    int avx;
    struct simd_test* other;
    volatile uint64_t count;
    volatile bool done;
    uint64_t changes_seen;
    volatile bool ok;
    uint64_t switches;
} simd_test_t;

static void simd_worker(void* arg)
{
    simd_test_t* test = arg;
    simd_test_fill(test->seed, test->avx);
    uint64_t give_up = clock_uptime_ns() + SIMD_GIVE_UP;
    uint64_t seen = test->other->count;
    while (test->changes_seen < SIMD_CHANGES && !test->other->done && clock_uptime_ns() < give_up)
    {
        test->count++;
        uint64_t now = test->other->count;
        if (now != seen)
        {
            test->changes_seen++;
            seen = now;
        }
    }
    test->ok = simd_test_check(test->seed, test->avx) == 1;
    test->switches = sched_current()->switches_in;
    test->done = true;
}

KTEST(sched, simd_registers_survive_preemption)
{
    static simd_test_t tests[2];
    int avx = simd_has_avx();
    int cpu = (int)((this_cpu() + 1) % cpu_online_count());
    thread_t* threads[2];
    for (int i = 0; i < 2; i++)
    {
        tests[i] = (simd_test_t){.seed = 0x1111111111111111ULL * (i + 1), .avx = avx, .other = &tests[1 - i]};
    }
    for (int i = 0; i < 2; i++)
    {
        threads[i] = thread_create("simd", simd_worker, &tests[i], SCHED_PRIORITY_DEFAULT, cpu);
        KTEST_ASSERT(threads[i] != NULL);
    }
    thread_join(threads[0]);
    thread_join(threads[1]);
    // One saw the other run three times between its own turns: both were
    // preempted, with their SIMD registers live.
    KTEST_ASSERT(tests[0].changes_seen >= SIMD_CHANGES || tests[1].changes_seen >= SIMD_CHANGES);
    KTEST_ASSERT(tests[0].switches > 1 && tests[1].switches > 1);
    KTEST_ASSERT(tests[0].ok);
    KTEST_ASSERT(tests[1].ok);
}
