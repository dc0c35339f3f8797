#include "tlb.h"

#include "space.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/interrupt.h>
#include <kernel/arch/x86_64/lapic.h>
#include <kernel/arch/x86_64/pte.h>
#include <kernel/cpu/cpu.h>
#include <kernel/sync/spinlock.h>

#include <stddef.h>

// Past this many pages a full flush is cheaper than page by page.
#define TLB_FULL_FLUSH_PAGES 32

static spinlock_t shootdown_lock = SPINLOCK_INIT;

void tlb_service(void)
{
    cpu_t* cpu = cpu_current();
    if (cpu == NULL || !__atomic_load_n(&cpu->tlb_pending, __ATOMIC_ACQUIRE))
    {
        return;
    }
    if (cpu->tlb_pages > TLB_FULL_FLUSH_PAGES)
    {
        __asm__ volatile("mov %%cr3, %%rax; mov %%rax, %%cr3" ::: "rax", "memory");
    }
    else
    {
        for (uint64_t i = 0; i < cpu->tlb_pages; i++)
        {
            pte_flush(cpu->tlb_start + i * 4096);
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
            lapic_send_ipi(cpu->apic_id, VECTOR_TLB);
        }
    }
    for (uint32_t i = 0; i < CPU_MAX; i++)
    {
        while (__atomic_load_n(&cpus[i].tlb_pending, __ATOMIC_ACQUIRE))
        {
            cpu_pause();
        }
    }
    spin_unlock(&shootdown_lock);
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
