#include "vmm.h"

#include "pmm.h"
#include "space.h"
#include "tlb.h"

#include <kernel/arch/paging.h>
#include <kernel/log/log.h>
#include <kernel/panic/panic.h>

#include <errno.h>
#include <string.h>

#define HUGE_2M (2ULL << 20) // the direct map's granularity

// Section boundaries from the architecture's linker script.
extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[], __data_start[], __kernel_end[];

static space_t kernel_space;

space_t* vmm_kernel_space(void)
{
    return &kernel_space;
}

static bool vmm_range_valid(const space_t* space, uint64_t virt, uint64_t pages)
{
    if (virt % PAGE_SIZE != 0 || pages == 0 || pages > (UINT64_MAX - virt) / PAGE_SIZE)
    {
        return false;
    }
    uint64_t end = virt + pages * PAGE_SIZE;
    if (space == &kernel_space)
    {
        return virt >= KERNEL_HALF;
    }
    return virt >= PAGE_SIZE && (end <= VMM_USER_END || (virt == VMM_CLOCK_PAGE && pages == 1));
}

static bool vmm_is_loaded(const space_t* space, uint64_t virt)
{
    return virt >= KERNEL_HALF || space == space_current();
}

// Physical pages taken out of mappings, freed only once no CPU can still
// reach them through a stale TLB entry.
#define VMM_FREE_BATCH 64
typedef struct
{
    uint64_t pages[VMM_FREE_BATCH];
    int count;
} vmm_free_batch_t;

// Clear one leaf entry in use: uncount its callback (when @p fired is
// given) and its table's entry count; remember an owned page for freeing.
// A lazy entry only gives its promise back: no page, no TLB entry.
static void vmm_clear(space_t* space, paging_entry_t* entry, uint64_t virt, paging_walk_t* walk, uint64_t fired[4],
    vmm_free_batch_t* batch)
{
    paging_entry_t old = *entry;
    *entry = 0;
    paging_walk_count(walk, -1);
    if (paging_entry_owned(old))
    {
        __atomic_store_n(&space->owned_pages, space->owned_pages - 1, __ATOMIC_RELAXED);
    }
    if (paging_entry_lazy(old))
    {
        if (fired != NULL)
        {
            pmm_uncommit(1); // rolling back, the caller takes back its own promise
        }
        return;
    }
    if (vmm_is_loaded(space, virt))
    {
        paging_flush_page(virt);
    }
    if (fired == NULL)
    {
        return; // rolling back a map: the caller still owns the page
    }
    if (paging_entry_owned(old))
    {
        batch->pages[batch->count++] = paging_entry_phys(old);
    }
    if (paging_entry_callback(old) != 0)
    {
        space_callback_uncount(space, paging_entry_callback(old), 1, fired);
    }
}

// Flush [start, start + pages) everywhere, then free what was batched.
static void vmm_flush_and_free(space_t* space, uint64_t start, uint64_t pages, vmm_free_batch_t* batch)
{
    tlb_shootdown(space, start, pages);
    for (int i = 0; i < batch->count; i++)
    {
        pmm_free(batch->pages[i]);
    }
    batch->count = 0;
}

// Clear @p pages pages from @p virt (missing ones are skipped). With
// @p fired NULL nothing is freed or uncounted except page tables.
static void vmm_clear_range(space_t* space, uint64_t virt, uint64_t pages, uint64_t fired[4])
{
    vmm_free_batch_t batch;
    batch.count = 0;
    uint64_t i = 0;
    while (i < pages)
    {
        uint64_t page_virt = virt + i * PAGE_SIZE;
        uint64_t skip = 1;
        paging_walk_t walk;
        paging_entry_t* table = paging_walk(space->root, page_virt, false, &walk, &skip);
        if (table == NULL)
        {
            i += skip; // a whole missing table: nothing mapped there
            continue;
        }
        // Work through this page table; flush (everywhere) before freeing
        // pages, and before freeing tables that became empty.
        uint64_t chunk_start = i;
        uint64_t cleared = 0;
        for (unsigned index = paging_leaf_index(page_virt); index < PAGING_LEAF_ENTRIES && i < pages; index++, i++)
        {
            if (table[index] != 0)
            {
                vmm_clear(space, &table[index], virt + i * PAGE_SIZE, &walk, fired, &batch);
                cleared++;
                if (batch.count == VMM_FREE_BATCH)
                {
                    vmm_flush_and_free(space, virt + chunk_start * PAGE_SIZE, i + 1 - chunk_start, &batch);
                    chunk_start = i + 1;
                    cleared = 0;
                }
            }
        }
        if (cleared > 0)
        {
            vmm_flush_and_free(space, virt + chunk_start * PAGE_SIZE, i - chunk_start, &batch);
        }
        paging_prune(page_virt, &walk);
    }
}

static int vmm_map_locked(space_t* space, uint64_t virt, uint64_t phys, uint64_t pages, uint32_t flags, uint8_t callback)
{
    if (!vmm_range_valid(space, virt, pages) || phys % PAGE_SIZE != 0 ||
        (callback != 0 && !space_callback_exists(space, callback)))
    {
        return -EINVAL;
    }
    paging_entry_t template = paging_entry_make(0, flags, callback);
    uint64_t phys_step = PAGE_SIZE;
    if (flags & VMM_LAZY)
    {
        // Entries without pages, to be owned once faulted in (vmm_fault_lazy).
        template = paging_entry_make_lazy(flags);
        phys_step = 0;
    }
    paging_entry_t* table = NULL;
    paging_walk_t walk;
    int error = 0;
    uint64_t i = 0;
    for (; i < pages; i++)
    {
        uint64_t page_virt = virt + i * PAGE_SIZE;
        unsigned index = paging_leaf_index(page_virt);
        // Consecutive pages share a page table until its last entry.
        if (table == NULL || index == 0)
        {
            table = paging_walk(space->root, page_virt, true, &walk, NULL);
            if (table == NULL)
            {
                error = -ENOMEM;
                break;
            }
        }
        if (table[index] != 0)
        {
            error = -EEXIST;
            break;
        }
        table[index] = paging_entry_with_phys(template, phys + i * phys_step);
        paging_walk_count(&walk, 1);
        if (paging_entry_owned(template))
        {
            __atomic_store_n(&space->owned_pages, space->owned_pages + 1, __ATOMIC_RELAXED);
        }
    }
    if (error != 0)
    {
        // Undo: the pages mapped so far, and any table made for nothing.
        vmm_clear_range(space, virt, i, NULL);
        if (table != NULL && i == 0)
        {
            paging_prune(virt, &walk);
        }
        return error;
    }
    if (callback != 0)
    {
        space_callback_count(space, callback, pages);
    }
    return 0;
}

int vmm_map(space_t* space, uint64_t virt, uint64_t phys, uint64_t pages, uint32_t flags, uint8_t callback)
{
    spin_lock(&space->lock);
    int result = vmm_map_locked(space, virt, phys, pages, flags, callback);
    spin_unlock(&space->lock);
    return result;
}

int vmm_unmap(space_t* space, uint64_t virt, uint64_t pages)
{
    if (!vmm_range_valid(space, virt, pages))
    {
        return -EINVAL;
    }
    uint64_t fired[4] = {0};
    spin_lock(&space->lock);
    vmm_clear_range(space, virt, pages, fired);
    spin_unlock(&space->lock);
    // Callbacks run last, unlocked: they may unmap or free memory themselves.
    space_callback_fire(space, fired);
    return 0;
}

// The leaf entry for @p virt (lock held); NULL when no page table covers it.
static paging_entry_t* vmm_leaf(space_t* space, uint64_t virt)
{
    paging_walk_t walk;
    paging_entry_t* table = paging_walk(space->root, virt, false, &walk, NULL);
    return table != NULL ? &table[paging_leaf_index(virt)] : NULL;
}

static bool vmm_range_in_use_locked(space_t* space, uint64_t virt, uint64_t pages)
{
    for (uint64_t i = 0; i < pages; i++)
    {
        paging_entry_t* entry = vmm_leaf(space, virt + i * PAGE_SIZE);
        if (entry == NULL || *entry == 0)
        {
            return false;
        }
    }
    return true;
}

bool vmm_range_in_use(space_t* space, uint64_t virt, uint64_t pages)
{
    if (!vmm_range_valid(space, virt, pages))
    {
        return false;
    }
    spin_lock(&space->lock);
    bool in_use = vmm_range_in_use_locked(space, virt, pages);
    spin_unlock(&space->lock);
    return in_use;
}

static uint64_t vmm_alloc_locked(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags);

// An unmapped page of the reserve (lock held): promised and taken at
// once, so the promise only guards the kernel's reserve.
static bool vmm_fault_reserved(space_t* space, uint64_t virt, bool write, bool exec)
{
    uint32_t flags = space->reserve_flags;
    if ((write && !(flags & VMM_WRITE)) || (exec && !(flags & VMM_EXEC)) || !pmm_commit(1))
    {
        return false;
    }
    bool resolved = vmm_alloc_locked(space, virt, 1, flags) != 0;
    pmm_uncommit(1);
    if (!resolved)
    {
        log_warn("vmm: no memory left to grow into 0x%lx", (unsigned long)virt);
    }
    return resolved;
}

bool vmm_fault_lazy(space_t* space, uint64_t address, bool write, bool exec)
{
    if (space == NULL || space == &kernel_space || address >= VMM_USER_END)
    {
        return false;
    }
    uint64_t virt = address & ~(PAGE_SIZE - 1);
    bool resolved = false;
    spin_lock(&space->lock);
    paging_entry_t* entry = vmm_leaf(space, virt);
    if (entry != NULL && paging_entry_lazy(*entry) && paging_entry_allows(*entry, write, exec))
    {
        // One page, zeroed: a bounded piece of work, fine under the lock.
        uint64_t page = pmm_alloc();
        if (page != 0)
        {
            pmm_uncommit(1); // the promise is kept
            memset(PHYS_TO_VIRT(page), 0, PAGE_SIZE);
            *entry = paging_entry_fill(*entry, page);
            resolved = true;
        }
        else
        {
            log_warn("vmm: no memory left for a promised page at 0x%lx", (unsigned long)virt);
        }
    }
    else if (entry != NULL && paging_entry_present(*entry))
    {
        // Another thread faulted it in first: retry, if this access may.
        resolved = paging_entry_allows(*entry, write, exec);
    }
    else if ((entry == NULL || *entry == 0) && virt >= space->reserve_start && virt < space->reserve_end)
    {
        resolved = vmm_fault_reserved(space, virt, write, exec);
    }
    spin_unlock(&space->lock);
    return resolved;
}

int vmm_reserve(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags)
{
    // The guard page below must be in user space too.
    if (space == &kernel_space || pages == 0 || virt < VMM_USER_ALLOC_START + PAGE_SIZE ||
        !vmm_range_valid(space, virt, pages))
    {
        return -EINVAL;
    }
    spin_lock(&space->lock);
    int result = -EINVAL;
    if (space->reserve_start == space->reserve_end && space->alloc_end >= virt - PAGE_SIZE)
    {
        space->reserve_start = virt;
        space->reserve_end = virt + pages * PAGE_SIZE;
        space->reserve_flags = flags & (VMM_WRITE | VMM_EXEC | VMM_USER);
        space->alloc_end = virt - PAGE_SIZE;
        result = 0;
    }
    spin_unlock(&space->lock);
    return result;
}

int vmm_protect(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags)
{
    if (!vmm_range_valid(space, virt, pages))
    {
        return -EINVAL;
    }
    spin_lock(&space->lock);
    // Check first, so a hole leaves the range as it was.
    if (!vmm_range_in_use_locked(space, virt, pages))
    {
        spin_unlock(&space->lock);
        return -ENOENT;
    }
    for (uint64_t i = 0; i < pages; i++)
    {
        uint64_t page_virt = virt + i * PAGE_SIZE;
        paging_entry_t* entry = vmm_leaf(space, page_virt);
        // A lazy page keeps its new flags for when it is faulted in.
        *entry = paging_entry_protect(*entry, flags);
        if (vmm_is_loaded(space, page_virt))
        {
            paging_flush_page(page_virt);
        }
    }
    tlb_shootdown(space, virt, pages);
    spin_unlock(&space->lock);
    return 0;
}

bool vmm_lookup(space_t* space, uint64_t virt, uint64_t* phys, uint32_t* flags)
{
    spin_lock(&space->lock);
    bool found = paging_lookup(space->root, virt, phys, flags);
    spin_unlock(&space->lock);
    return found;
}

// Pages from @p virt (up to @p limit) that are free; stops at the first
// mapped page, whose position it stores in *blocked.
static uint64_t vmm_free_run(space_t* space, uint64_t virt, uint64_t limit, uint64_t* blocked)
{
    uint64_t run = 0;
    while (run < limit)
    {
        uint64_t page_virt = virt + run * PAGE_SIZE;
        uint64_t skip = 1;
        paging_walk_t walk;
        paging_entry_t* table = paging_walk(space->root, page_virt, false, &walk, &skip);
        if (table == NULL)
        {
            run += skip;
            continue;
        }
        if (table[paging_leaf_index(page_virt)] != 0)
        {
            *blocked = page_virt;
            return run;
        }
        run++;
    }
    return limit;
}

static uint64_t vmm_find_free_locked(space_t* space, uint64_t pages)
{
    if (pages == 0 || pages > (space->alloc_end - space->alloc_start) / PAGE_SIZE)
    {
        return 0;
    }
    uint64_t size = pages * PAGE_SIZE;
    uint64_t candidate = space->next_fit;
    bool wrapped = false;
    for (;;)
    {
        if (candidate + size > space->alloc_end || candidate < space->alloc_start)
        {
            if (wrapped)
            {
                return 0;
            }
            wrapped = true;
            candidate = space->alloc_start;
            continue;
        }
        if (wrapped && candidate >= space->next_fit)
        {
            return 0; // came all the way round
        }
        uint64_t blocked = 0;
        if (vmm_free_run(space, candidate, pages, &blocked) >= pages)
        {
            space->next_fit = candidate + size;
            return candidate;
        }
        candidate = blocked + PAGE_SIZE;
    }
}

uint64_t vmm_find_free(space_t* space, uint64_t pages)
{
    spin_lock(&space->lock);
    uint64_t virt = vmm_find_free_locked(space, pages);
    spin_unlock(&space->lock);
    return virt;
}

// Map fresh zeroed pages at @p virt (lock held); 0 if memory runs out.
static uint64_t vmm_alloc_locked(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags)
{
    for (uint64_t i = 0; i < pages; i++)
    {
        uint64_t page = pmm_alloc();
        if (page == 0 || vmm_map_locked(space, virt + i * PAGE_SIZE, page, 1, flags | VMM_OWNED, 0) != 0)
        {
            if (page != 0)
            {
                pmm_free(page);
            }
            if (i > 0)
            {
                uint64_t fired[4] = {0}; // no callbacks on these pages
                vmm_clear_range(space, virt, i, fired);
            }
            return 0;
        }
        memset(PHYS_TO_VIRT(page), 0, PAGE_SIZE);
    }
    return virt;
}

uint64_t vmm_alloc(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags)
{
    // User memory is promised first: an eager allocation holds its promise
    // until its pages are taken, a lazy one until they are faulted in.
    bool user = space != &kernel_space;
    bool lazy = user && (flags & VMM_LAZY);
    if (user && !pmm_commit(pages))
    {
        return 0;
    }
    spin_lock(&space->lock);
    if (virt == 0)
    {
        virt = vmm_find_free_locked(space, pages);
    }
    else if (!vmm_range_valid(space, virt, pages))
    {
        virt = 0;
    }
    uint64_t result = 0;
    if (virt != 0 && lazy)
    {
        result = vmm_map_locked(space, virt, 0, pages, flags, 0) == 0 ? virt : 0;
    }
    else if (virt != 0)
    {
        result = vmm_alloc_locked(space, virt, pages, flags & ~VMM_LAZY);
    }
    spin_unlock(&space->lock);
    if (user && (!lazy || result == 0))
    {
        pmm_uncommit(pages); // taken (or given back), or refused
    }
    return result;
}

uint64_t vmm_alloc_guarded(space_t* space, uint64_t pages, uint32_t flags)
{
    spin_lock(&space->lock);
    uint64_t base = vmm_find_free_locked(space, pages + 1);
    uint64_t result = base != 0 ? vmm_alloc_locked(space, base + PAGE_SIZE, pages, flags) : 0;
    spin_unlock(&space->lock);
    return result;
}

void* vmm_map_device(uint64_t phys, uint64_t size)
{
    uint64_t offset = phys % PAGE_SIZE;
    uint64_t pages = PAGES(offset + size);
    spin_lock(&kernel_space.lock);
    uint64_t virt = vmm_find_free_locked(&kernel_space, pages);
    if (virt != 0 && vmm_map_locked(&kernel_space, virt, phys - offset, pages, VMM_WRITE | VMM_UNCACHED, 0) != 0)
    {
        virt = 0;
    }
    spin_unlock(&kernel_space.lock);
    return virt != 0 ? (void*)(virt + offset) : NULL;
}

static void vmm_map_kernel_section(const boot_kernel_t* kernel, char* start, char* end, uint32_t flags)
{
    uint64_t virt = (uint64_t)start & ~(PAGE_SIZE - 1);
    uint64_t pages = PAGES((uint64_t)end - virt);
    uint64_t phys = kernel->phys_base + (virt - kernel->virt_base);
    if (vmm_map_locked(&kernel_space, virt, phys, pages, flags, 0) != 0)
    {
        panic("vmm: cannot map the kernel image");
    }
}

// The highest physical address to direct-map: the memory map's end (at
// least 4 GiB, for the 32-bit device window) and the framebuffer's.
static uint64_t vmm_phys_end(const boot_info_t* info)
{
    uint64_t end = 4ULL << 30;
    const uint8_t* entry = (const uint8_t*)info->memory_map.descriptors;
    for (uint64_t i = 0; i < info->memory_map.count; i++, entry += info->memory_map.descriptor_size)
    {
        const boot_memory_descriptor_t* d = (const boot_memory_descriptor_t*)entry;
        uint64_t top = d->phys_start + d->page_count * PAGE_SIZE;
        end = top > end ? top : end;
    }
    uint64_t fb_end = info->framebuffer.phys_base + info->framebuffer.size;
    end = fb_end > end ? fb_end : end;
    return (end + HUGE_2M - 1) & ~(HUGE_2M - 1);
}

void vmm_init(const boot_info_t* info)
{
    uint64_t phys_end = vmm_phys_end(info);
    kernel_space.root = paging_kernel_init(phys_end);
    kernel_space.root_phys = VIRT_TO_PHYS(kernel_space.root);
    spinlock_init(&kernel_space.lock);
    kernel_space.alloc_start = VMM_HEAP_START;
    kernel_space.alloc_end = VMM_HEAP_END;
    kernel_space.next_fit = VMM_HEAP_START;

    vmm_map_kernel_section(&info->kernel, __text_start, __text_end, VMM_EXEC);
    vmm_map_kernel_section(&info->kernel, __rodata_start, __rodata_end, 0);
    vmm_map_kernel_section(&info->kernel, __data_start, __kernel_end, VMM_WRITE);

    paging_kernel_protect();
    space_load(&kernel_space);
    log_info("vmm: kernel page tables loaded; direct map of %lu MiB", (unsigned long)(phys_end >> 20));
}
