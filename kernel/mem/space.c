#include "space.h"

#include "heap.h"
#include "pmm.h"
#include "vmm.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/pte.h>
#include <kernel/cpu/cpu.h>
#include <kernel/panic/panic.h>

#include <errno.h>
#include <string.h>

space_t* space_create(void)
{
    space_t* space = kcalloc(1, sizeof(space_t));
    uint64_t pml4 = pmm_alloc();
    if (space == NULL || pml4 == 0)
    {
        kfree(space);
        if (pml4 != 0)
        {
            pmm_free(pml4);
        }
        return NULL;
    }
    spinlock_init(&space->lock);
    space->pml4 = PHYS_TO_VIRT(pml4);
    space->pml4_phys = pml4;
    // The upper half's tables are shared; vmm_init made them all up front.
    memset(space->pml4, 0, PAGE_SIZE / 2);
    memcpy(space->pml4 + PTE_ENTRIES / 2, vmm_kernel_space()->pml4 + PTE_ENTRIES / 2, PAGE_SIZE / 2);
    space->alloc_start = VMM_USER_ALLOC_START;
    space->alloc_end = VMM_USER_END;
    space->next_fit = VMM_USER_ALLOC_START;
    return space;
}

// Free a table and, below it, every table and owned page; uncount
// callbacks; give back the promises of lazy pages never touched.
static void space_free_table(space_t* space, uint64_t* table, int level)
{
    uint64_t lazy = 0;
    for (unsigned i = 0; i < PTE_ENTRIES; i++)
    {
        uint64_t entry = table[i];
        if (level == 1 && (entry & PTE_LAZY))
        {
            lazy++;
            continue;
        }
        if (!(entry & PTE_PRESENT))
        {
            continue;
        }
        if (level > 1)
        {
            space_free_table(space, PHYS_TO_VIRT(entry & PTE_ADDRESS), level - 1);
            continue;
        }
        if (entry & PTE_OWNED)
        {
            pmm_free(entry & PTE_ADDRESS);
        }
        if (pte_callback(entry) != 0)
        {
            uint64_t ignored[4] = {0};
            space_callback_uncount(space, pte_callback(entry), 1, ignored);
        }
    }
    if (lazy > 0)
    {
        pmm_uncommit(lazy);
    }
    pmm_free(VIRT_TO_PHYS(table));
}

void space_destroy(space_t* space)
{
    for (uint32_t i = 0; i < CPU_MAX; i++)
    {
        if (cpus[i].space == space)
        {
            panic("space: destroying an address space loaded on CPU %u", i);
        }
    }
    for (unsigned i = 0; i < PTE_ENTRIES / 2; i++)
    {
        if (space->pml4[i] & PTE_PRESENT)
        {
            space_free_table(space, PHYS_TO_VIRT(space->pml4[i] & PTE_ADDRESS), 3);
        }
    }
    // Every callback still registered runs now: its mappings are gone.
    space_callback_fire(space, space->callback_used);
    pmm_free(space->pml4_phys);
    kfree(space->callbacks);
    kfree(space);
}

void space_load(space_t* space)
{
    uint64_t flags = cpu_read_rflags();
    cpu_disable_interrupts();
    cpu_current()->space = space;
    __asm__ volatile("mov %0, %%cr3" : : "r"(space->pml4_phys) : "memory");
    if (flags & CPU_RFLAGS_IF)
    {
        cpu_enable_interrupts();
    }
}

space_t* space_current(void)
{
    return cpu_current()->space;
}

static bool space_id_used(const space_t* space, unsigned id)
{
    return space->callback_used[id / 64] & (1ULL << (id % 64));
}

int space_callback_new(space_t* space, space_callback_fn_t function, void* data)
{
    if (space->callbacks == NULL)
    {
        space_callback_t* table = kcalloc(SPACE_CALLBACK_MAX + 1, sizeof(space_callback_t));
        if (table == NULL)
        {
            return -ENOMEM;
        }
        spin_lock(&space->lock);
        if (space->callbacks == NULL)
        {
            space->callbacks = table;
            table = NULL;
        }
        spin_unlock(&space->lock);
        kfree(table); // another thread was first
    }
    int result = -ENOSPC;
    spin_lock(&space->lock);
    for (unsigned word = 0; word < 4; word++)
    {
        // Id 0 means "no callback" and is never handed out.
        uint64_t free_ids = ~space->callback_used[word] & (word == 0 ? ~1ULL : ~0ULL);
        if (free_ids != 0)
        {
            unsigned id = word * 64 + (unsigned)__builtin_ctzll(free_ids);
            space->callback_used[word] |= 1ULL << (id % 64);
            space->callbacks[id] = (space_callback_t){function, data, 0};
            result = (int)id;
            break;
        }
    }
    spin_unlock(&space->lock);
    return result;
}

bool space_callback_exists(const space_t* space, uint8_t id)
{
    return id != 0 && space_id_used(space, id);
}

uint64_t space_callback_pages(const space_t* space, uint8_t id)
{
    return space_callback_exists(space, id) ? space->callbacks[id].pages : 0;
}

void space_callback_count(space_t* space, uint8_t id, uint64_t pages)
{
    space->callbacks[id].pages += pages;
}

void space_callback_uncount(space_t* space, uint8_t id, uint64_t pages, uint64_t fired[4])
{
    space_callback_t* callback = &space->callbacks[id];
    callback->pages -= pages;
    if (callback->pages == 0)
    {
        fired[id / 64] |= 1ULL << (id % 64);
    }
}

void space_callback_fire(space_t* space, const uint64_t fired[4])
{
    // Copy the set first: fired may be the space's own in-use set.
    uint64_t ids[4];
    memcpy(ids, fired, sizeof(ids));
    for (unsigned id = 1; id <= SPACE_CALLBACK_MAX; id++)
    {
        if (!(ids[id / 64] & (1ULL << (id % 64))))
        {
            continue;
        }
        spin_lock(&space->lock);
        bool live = space_id_used(space, id) && space->callbacks[id].pages == 0;
        space_callback_t callback = space->callbacks[id];
        if (live)
        {
            space->callback_used[id / 64] &= ~(1ULL << (id % 64));
        }
        spin_unlock(&space->lock);
        // Unlocked: the callback may use the space itself.
        if (live)
        {
            callback.function(callback.data);
        }
    }
}

void space_set_fault_handler(space_t* space, space_fault_handler_t handler, void* owner)
{
    space->fault_handler = handler;
    space->owner = owner;
}

void space_report_user_fault(const interrupt_frame_t* frame, uint64_t address)
{
    space_t* space = space_current();
    if (space == NULL || space->fault_handler == NULL)
    {
        // Only the kernel can have put user code there without an owner.
        panic_frame(frame, "user-mode %s in a space without an owner", interrupt_vector_name(frame->vector));
    }
    space->fault_handler(space->owner, frame, address);
}
