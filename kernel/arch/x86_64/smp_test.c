#include "cpu.h"

#include <kernel/arch/clock.h>
#include <kernel/cpu/cpu.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/vmm.h>
#include <kernel/sched/sched.h>
#include <kernel/test/ktest.h>

#include <stddef.h>

typedef struct
{
    volatile int32_t ran_on;
} where_t;

static void smp_record_cpu(void* arg)
{
    cpu_disable_interrupts();
    ((where_t*)arg)->ran_on = (int32_t)cpu_current()->index;
    cpu_enable_interrupts();
}

KTEST(smp, every_cpu_runs_its_pinned_thread)
{
    static where_t where[CPU_MAX];
    uint32_t count = cpu_online_count();
    thread_t* threads[CPU_MAX];
    for (uint32_t i = 0; i < count; i++)
    {
        where[i].ran_on = -1;
        threads[i] = thread_create("pinned", smp_record_cpu, &where[i], SCHED_PRIORITY_DEFAULT, (int)i);
        KTEST_ASSERT(threads[i] != NULL);
    }
    for (uint32_t i = 0; i < count; i++)
    {
        thread_join(threads[i]);
        KTEST_ASSERT_EQ(where[i].ran_on, i);
    }
}

typedef struct
{
    volatile uint64_t* address;
    volatile uint64_t first;
    volatile uint64_t second;
    volatile bool read_once;
    volatile bool remapped;
} tlb_test_t;

static void tlb_reader(void* arg)
{
    tlb_test_t* test = arg;
    test->first = *test->address; // the translation is now in this CPU's TLB
    test->read_once = true;
    while (!test->remapped)
    {
        cpu_pause(); // stay on this CPU: no switch, no incidental flush
    }
    test->second = *test->address;
}

static void tlb_remapper(void* arg)
{
    tlb_test_t* test = arg;
    while (!test->read_once)
    {
        cpu_pause();
    }
    // Point the same address at another page. The old page stays allocated
    // (and keeps its old value), so a stale TLB entry would read 111.
    uint64_t virt = (uint64_t)test->address;
    uint64_t old_phys = 0;
    vmm_lookup(vmm_kernel_space(), virt, &old_phys, NULL);
    uint64_t new_phys = pmm_alloc();
    *(uint64_t*)PHYS_TO_VIRT(new_phys) = 222;
    vmm_unmap(vmm_kernel_space(), virt, 1); // owned: old_phys is freed... after the shootdown
    vmm_map(vmm_kernel_space(), virt, new_phys, 1, VMM_WRITE | VMM_OWNED, 0);
    test->remapped = true;
}

KTEST(smp, tlb_shootdown_reaches_other_cpus)
{
    if (cpu_online_count() < 2)
    {
        return; // nothing to shoot down with one CPU
    }
    static tlb_test_t test;
    test = (tlb_test_t){0};
    // Keep the old physical page from being reused while the test runs:
    // map a page that is not owned, holding 111.
    uint64_t old_phys = pmm_alloc();
    *(uint64_t*)PHYS_TO_VIRT(old_phys) = 111;
    uint64_t virt = vmm_find_free(vmm_kernel_space(), 1);
    KTEST_ASSERT(vmm_map(vmm_kernel_space(), virt, old_phys, 1, VMM_WRITE, 0) == 0);
    test.address = (volatile uint64_t*)virt;
    thread_t* reader = thread_create("tlb reader", tlb_reader, &test, SCHED_PRIORITY_DEFAULT, 1);
    thread_t* remapper = thread_create("tlb remapper", tlb_remapper, &test, SCHED_PRIORITY_DEFAULT, 0);
    KTEST_ASSERT(reader != NULL && remapper != NULL);
    thread_join(reader);
    thread_join(remapper);
    vmm_unmap(vmm_kernel_space(), virt, 1);
    pmm_free(old_phys);
    KTEST_ASSERT_EQ(test.first, 111);
    KTEST_ASSERT_EQ(test.second, 222);
}
