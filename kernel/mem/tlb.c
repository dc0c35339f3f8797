#include "tlb.h"

#include "space.h"

#include <kernel/arch/cpu.h>
#include <kernel/arch/interrupt.h>
#include <kernel/arch/ipi.h>
#include <kernel/arch/paging.h>
#include <kernel/cpu/cpu.h>
#include <kernel/cpu/upcall.h>
#include <kernel/panic/panic.h>
#include <kernel/sync/spinlock.h>

#include <stddef.h>

// Past this many pages a full flush is cheaper than page by page.
#define TLB_FULL_FLUSH_PAGES 32

static spinlock_t shootdown_lock = SPINLOCK_INIT;
static tlb_stats_t stats; // under shootdown_lock

void tlb_service(void)
{
    cpu_t* cpu = cpu_current();
    if (cpu == NULL || !__atomic_load_n(&cpu->tlb_pending, __ATOMIC_ACQUIRE))
    {
        return;
    }
    if (cpu->tlb_pages > TLB_FULL_FLUSH_PAGES)
    {
        paging_flush_all();
    }
    else
    {
        for (uint64_t i = 0; i < cpu->tlb_pages; i++)
        {
            paging_flush_page(cpu->tlb_start + i * PAGE_SIZE);
        }
    }
    __atomic_store_n(&cpu->tlb_pending, false, __ATOMIC_RELEASE);
}

static bool tlb_targets(const cpu_t* cpu, const cpu_t* self, const struct space* space, uint64_t virt)
{
    return cpu != self && cpu->online && (virt >= KERNEL_HALF || cpu->space == space);
}

void tlb_shootdown(struct space* space, uint64_t virt, uint64_t pages)
{
    if (cpu_online_count() < 2)
    {
        return;
    }
    spin_lock(&shootdown_lock); // answers others' requests while it waits
    cpu_t* self = cpu_current();
    for (uint32_t i = 0; i < CPU_MAX; i++)
    {
        cpu_t* cpu = &cpus[i];
        if (tlb_targets(cpu, self, space, virt))
        {
            cpu->tlb_start = virt;
            cpu->tlb_pages = pages;
            __atomic_store_n(&cpu->tlb_pending, true, __ATOMIC_RELEASE);
            ipi_send(cpu->hw_id, VECTOR_TLB);
            stats.ipis++;
        }
    }
    stats.shootdowns++;
    for (uint32_t i = 0; i < CPU_MAX; i++)
    {
        spin_watch_t watch = SPIN_WATCH_INIT;
        while (__atomic_load_n(&cpus[i].tlb_pending, __ATOMIC_ACQUIRE))
        {
            cpu_pause();
            // A CPU that has not answered in this long never will (its
            // interrupts are off for good): say which, rather than hang.
            if (spin_watch_stuck(&watch))
            {
                panic("tlb: CPU %u has not answered a shootdown for 20 s", i);
            }
        }
    }
    spin_unlock(&shootdown_lock);
}

tlb_stats_t tlb_stats(void)
{
    spin_lock(&shootdown_lock);
    tlb_stats_t copy = stats;
    spin_unlock(&shootdown_lock);
    return copy;
}

static void tlb_interrupt(interrupt_frame_t* frame)
{
    (void)frame;
    tlb_service();
}

void tlb_init(void)
{
    interrupt_set_handler(VECTOR_TLB, tlb_interrupt);
}
