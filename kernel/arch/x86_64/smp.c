// Starting the application processors (every CPU but the first), each
// straight into the scheduler (arch_start_cpus, kernel/arch/init.h).
#include "cpu.h"
#include "lapic.h"

#include <kernel/acpi/acpi.h>
#include <kernel/arch/clock.h>
#include <kernel/arch/init.h>
#include <kernel/arch/paging.h>
#include <kernel/cpu/cpu.h>
#include <kernel/log/log.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/space.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/panic.h>
#include <kernel/sched/sched.h>

#include <string.h>

// The trampoline image (trampoline.asm, embedded by smp_image.asm).
extern const uint8_t trampoline_image[];
extern const uint64_t trampoline_image_size;

// Offsets of the fields in the image (see trampoline.asm).
#define TRAMPOLINE_GDT_BASE 0x0A
#define TRAMPOLINE_PROTECTED_TARGET 0x10
#define TRAMPOLINE_LONG_TARGET 0x18
#define TRAMPOLINE_STARTED 0x20
#define TRAMPOLINE_CR3 0x28
#define TRAMPOLINE_STACK 0x30
#define TRAMPOLINE_ARGUMENT 0x38
#define TRAMPOLINE_ENTRY 0x40

#define STARTUP_WAIT_NS (200 * CLOCK_NS_PER_MS)
#define ONLINE_WAIT_NS (2000 * CLOCK_NS_PER_MS)

// Where an application processor lands in the kernel, on its idle
// thread's stack, still on the temporary page tables.
static _Noreturn void smp_ap_main(thread_t* idle)
{
    cpu_t* cpu = idle->cpu;
    cpu_attach(cpu->index, cpu->hw_id); // before anything reads per-CPU data
    space_load(vmm_kernel_space());       // the real tables, from here on
    cpu_setup(cpu);
    cpu_setup_late(cpu);
    log_info("smp: CPU %u (APIC %u) online", cpu->index, cpu->hw_id);
    sched_start_ap(idle);
}

static void smp_relocate(uint8_t* image, uint32_t offset, uint32_t base)
{
    uint32_t value;
    memcpy(&value, image + offset, 4);
    value += base;
    memcpy(image + offset, &value, 4);
}

// Temporary page tables: the trampoline page at its own address (the
// first 2 MiB, identity) plus the kernel's upper half. The PML4 must be
// below 4 GiB: the trampoline loads CR3 in 32-bit mode.
static uint64_t smp_temporary_tables(uint64_t pages[3])
{
    for (int i = 0; i < 3; i++)
    {
        pages[i] = pmm_alloc_bounded(1, PAGE_SIZE, 4ULL << 30);
        if (pages[i] == 0)
        {
            panic("smp: no memory below 4 GiB for the start-up page tables");
        }
        memset(PHYS_TO_VIRT(pages[i]), 0, PAGE_SIZE);
    }
    uint64_t* pml4 = PHYS_TO_VIRT(pages[0]);
    uint64_t* pdpt = PHYS_TO_VIRT(pages[1]);
    uint64_t* pd = PHYS_TO_VIRT(pages[2]);
    memcpy(pml4 + PTE_ENTRIES / 2, vmm_kernel_space()->root + PTE_ENTRIES / 2, PAGE_SIZE / 2);
    pml4[0] = pages[1] | PTE_PRESENT | PTE_WRITE;
    pdpt[0] = pages[2] | PTE_PRESENT | PTE_WRITE;
    pd[0] = 0 | PTE_PRESENT | PTE_WRITE | PTE_HUGE;
    return pages[0];
}

static bool smp_start_one(uint8_t* page, uint64_t page_phys, cpu_t* cpu)
{
    thread_t* idle = thread_create_unqueued("idle", NULL, NULL);
    if (idle == NULL)
    {
        return false;
    }
    idle->cpu = cpu;
    // The entry is jumped to, not called: leave rsp as a call would (8 mod 16).
    uint64_t stack = idle->stack_top - 8;
    memcpy(page + TRAMPOLINE_STACK, &stack, 8);
    uint64_t argument = (uint64_t)idle;
    memcpy(page + TRAMPOLINE_ARGUMENT, &argument, 8);
    page[TRAMPOLINE_STARTED] = 0;

    // INIT, then STARTUP (twice if the first is missed), as the MP
    // specification describes.
    lapic_send_init(cpu->hw_id);
    clock_spin_ns(10 * CLOCK_NS_PER_MS);
    for (int attempt = 0; attempt < 2 && !__atomic_load_n(&page[TRAMPOLINE_STARTED], __ATOMIC_ACQUIRE); attempt++)
    {
        lapic_send_startup(cpu->hw_id, (uint8_t)(page_phys >> 12));
        uint64_t deadline = clock_uptime_ns() + STARTUP_WAIT_NS;
        while (!__atomic_load_n(&page[TRAMPOLINE_STARTED], __ATOMIC_ACQUIRE) && clock_uptime_ns() < deadline)
        {
            cpu_pause();
        }
    }
    uint64_t deadline = clock_uptime_ns() + ONLINE_WAIT_NS;
    while (!cpu->online && clock_uptime_ns() < deadline)
    {
        cpu_pause();
    }
    if (!cpu->online)
    {
        log_error("smp: CPU with APIC id %u did not start", cpu->hw_id);
    }
    return cpu->online;
}

uint32_t arch_start_cpus(const struct madt_info* madt)
{
    uint64_t page_phys = pmm_alloc_bounded(1, PAGE_SIZE, 1ULL << 20);
    if (page_phys == 0)
    {
        log_error("smp: no free page below 1 MiB for the start-up code; one CPU only");
        return 0;
    }
    uint8_t* page = PHYS_TO_VIRT(page_phys);
    memcpy(page, trampoline_image, trampoline_image_size);
    smp_relocate(page, TRAMPOLINE_GDT_BASE, (uint32_t)page_phys);
    smp_relocate(page, TRAMPOLINE_PROTECTED_TARGET, (uint32_t)page_phys);
    smp_relocate(page, TRAMPOLINE_LONG_TARGET, (uint32_t)page_phys);
    uint64_t tables[3];
    uint64_t cr3 = smp_temporary_tables(tables);
    memcpy(page + TRAMPOLINE_CR3, &cr3, 8);
    uint64_t entry = (uint64_t)smp_ap_main;
    memcpy(page + TRAMPOLINE_ENTRY, &entry, 8);

    uint32_t started = 0;
    uint32_t self = lapic_id();
    uint32_t next_index = 1;
    for (uint32_t i = 0; i < madt->cpu_count && next_index < CPU_MAX; i++)
    {
        if (madt->cpu_apic_ids[i] == self)
        {
            continue;
        }
        cpu_t* cpu = &cpus[next_index];
        cpu->index = next_index;
        cpu->hw_id = madt->cpu_apic_ids[i];
        if (smp_start_one(page, page_phys, cpu))
        {
            started++;
            next_index++;
        }
    }
    for (int i = 0; i < 3; i++)
    {
        pmm_free(tables[i]);
    }
    pmm_free(page_phys);
    log_info("smp: %u CPUs online", cpu_online_count());
    return started;
}
