#include "vmm.h"

#include "pmm.h"
#include "space.h"
#include "tlb.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/pte.h>
#include <kernel/log/log.h>
#include <kernel/panic/panic.h>

#include <errno.h>
#include <string.h>

#define HUGE_2M (2ULL << 20)
#define GIB (1ULL << 30)

#define EFER_NXE (1ULL << 11)
#define CR0_WP (1ULL << 16)

// Section boundaries from kernel/arch/x86_64/linker.ld.
extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[], __data_start[], __kernel_end[];

static space_t kernel_space;

space_t* vmm_kernel_space(void)
{
    return &kernel_space;
}

static uint64_t vmm_entry_flags(uint32_t flags)
{
    uint64_t entry = PTE_PRESENT;
    entry |= (flags & VMM_WRITE) ? PTE_WRITE : 0;
    entry |= (flags & VMM_USER) ? PTE_USER : 0;
    entry |= (flags & VMM_EXEC) ? 0 : PTE_NO_EXECUTE;
    entry |= (flags & VMM_OWNED) ? PTE_OWNED : 0;
    entry |= (flags & VMM_UNCACHED) ? (PTE_CACHE_DISABLE | PTE_WRITE_THROUGH) : 0;
    return entry;
}

static uint32_t vmm_flags_of(uint64_t entry)
{
    uint32_t flags = 0;
    flags |= (entry & PTE_WRITE) ? VMM_WRITE : 0;
    flags |= (entry & PTE_USER) ? VMM_USER : 0;
    flags |= (entry & PTE_NO_EXECUTE) ? 0 : VMM_EXEC;
    flags |= (entry & PTE_OWNED) ? VMM_OWNED : 0;
    flags |= (entry & PTE_CACHE_DISABLE) ? VMM_UNCACHED : 0;
    return flags;
}

static uint64_t* vmm_new_table(void)
{
    uint64_t page = pmm_alloc();
    if (page == 0)
    {
        return NULL;
    }
    memset(PHYS_TO_VIRT(page), 0, PAGE_SIZE);
    return PHYS_TO_VIRT(page);
}

// The entries on the way to @p virt: path[4] in the PML4, path[3] in the
// PDPT, path[2] in the page directory (path[0] and path[1] unused).
typedef uint64_t* vmm_path_t[5];

// The page table (level 1) covering @p virt, created when @p create is
// set, with the entries leading to it in @p path. NULL if it is missing
// (or cannot be created), or if a huge page covers the address. *skip,
// when given, receives how many pages from virt on are certainly unmapped
// because a whole table is missing.
static uint64_t* vmm_page_table(space_t* space, uint64_t virt, bool create, vmm_path_t path, uint64_t* skip)
{
    uint64_t* table = space->pml4;
    // Intermediate entries are always writable; in the lower half they are
    // also user-accessible. The leaf entry alone decides the protection.
    uint64_t intermediate = PTE_PRESENT | PTE_WRITE | (virt < KERNEL_HALF ? PTE_USER : 0);
    int created_above = 0; // the highest level whose table this walk created (0: none)
    for (int level = 4; level > 1; level--)
    {
        uint64_t* entry = &table[pte_index(virt, level)];
        path[level] = entry;
        if (*entry & PTE_HUGE)
        {
            return NULL;
        }
        if (!(*entry & PTE_PRESENT))
        {
            if (!create)
            {
                if (skip != NULL)
                {
                    uint64_t span = 1ULL << (12 + 9 * (level - 1)); // bytes the missing table covers
                    *skip = ((virt & ~(span - 1)) + span - virt) / PAGE_SIZE;
                }
                return NULL;
            }
            uint64_t* next = vmm_new_table();
            if (next == NULL)
            {
                // Out of memory: the tables made above on this walk are
                // empty; take them away again.
                for (int made = level + 1; made <= 4 && made <= created_above; made++)
                {
                    pmm_free(*path[made] & PTE_ADDRESS);
                    *path[made] = 0;
                    if (made < 4)
                    {
                        pte_count_add(path[made + 1], -1);
                    }
                }
                return NULL;
            }
            *entry = VIRT_TO_PHYS(next) | intermediate;
            if (level < 4)
            {
                pte_count_add(path[level + 1], 1); // the table holding this entry gained one
            }
            if (created_above == 0)
            {
                created_above = level;
            }
        }
        table = PHYS_TO_VIRT(*entry & PTE_ADDRESS);
    }
    return table;
}

// After entries of the page table below path[2] were cleared: free every
// table on the path that is now empty. The upper half's PDPTs stay: every
// space shares them.
static void vmm_prune(space_t* space, uint64_t virt, vmm_path_t path)
{
    for (int level = 2; level <= 4; level++)
    {
        if (pte_count(*path[level]) != 0 || (level == 4 && virt >= KERNEL_HALF))
        {
            return;
        }
        pmm_free(*path[level] & PTE_ADDRESS);
        *path[level] = 0;
        if (level < 4)
        {
            pte_count_add(path[level + 1], -1);
        }
    }
    (void)space;
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
static void vmm_clear(space_t* space, uint64_t* entry, uint64_t virt, vmm_path_t path, uint64_t fired[4],
    vmm_free_batch_t* batch)
{
    uint64_t old = *entry;
    *entry = 0;
    pte_count_add(path[2], -1);
    if (old & PTE_OWNED)
    {
        __atomic_store_n(&space->owned_pages, space->owned_pages - 1, __ATOMIC_RELAXED);
    }
    if (old & PTE_LAZY)
    {
        if (fired != NULL)
        {
            pmm_uncommit(1); // rolling back, the caller takes back its own promise
        }
        return;
    }
    if (vmm_is_loaded(space, virt))
    {
        pte_flush(virt);
    }
    if (fired == NULL)
    {
        return; // rolling back a map: the caller still owns the page
    }
    if (old & PTE_OWNED)
    {
        batch->pages[batch->count++] = old & PTE_ADDRESS;
    }
    if (pte_callback(old) != 0)
    {
        space_callback_uncount(space, pte_callback(old), 1, fired);
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
        vmm_path_t path;
        uint64_t* table = vmm_page_table(space, page_virt, false, path, &skip);
        if (table == NULL)
        {
            i += skip; // a whole missing table: nothing mapped there
            continue;
        }
        // Work through this page table; flush (everywhere) before freeing
        // pages, and before freeing tables that became empty.
        uint64_t chunk_start = i;
        uint64_t cleared = 0;
        for (unsigned index = pte_index(page_virt, 1); index < PTE_ENTRIES && i < pages; index++, i++)
        {
            if (table[index] != 0)
            {
                vmm_clear(space, &table[index], virt + i * PAGE_SIZE, path, fired, &batch);
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
        vmm_prune(space, page_virt, path);
    }
}

static int vmm_map_locked(space_t* space, uint64_t virt, uint64_t phys, uint64_t pages, uint32_t flags, uint8_t callback)
{
    if (!vmm_range_valid(space, virt, pages) || phys % PAGE_SIZE != 0 ||
        (callback != 0 && !space_callback_exists(space, callback)))
    {
        return -EINVAL;
    }
    uint64_t template = vmm_entry_flags(flags) | ((uint64_t)callback << PTE_CALLBACK_SHIFT);
    uint64_t phys_step = PAGE_SIZE;
    if (flags & VMM_LAZY)
    {
        // Entries without pages, to be owned once faulted in (vmm_fault_lazy).
        template = (vmm_entry_flags(flags | VMM_OWNED) & ~PTE_PRESENT) | PTE_LAZY;
        phys_step = 0;
    }
    uint64_t* table = NULL;
    vmm_path_t path;
    int error = 0;
    uint64_t i = 0;
    for (; i < pages; i++)
    {
        uint64_t page_virt = virt + i * PAGE_SIZE;
        unsigned index = pte_index(page_virt, 1);
        // Consecutive pages share a page table until its last entry.
        if (table == NULL || index == 0)
        {
            table = vmm_page_table(space, page_virt, true, path, NULL);
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
        table[index] = (phys + i * phys_step) | template;
        pte_count_add(path[2], 1);
        if (template & PTE_OWNED)
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
            vmm_prune(space, virt, path);
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

static bool vmm_lookup_locked(space_t* space, uint64_t virt, uint64_t* phys, uint32_t* flags);

// The leaf entry for @p virt (lock held); NULL when no page table covers it.
static uint64_t* vmm_leaf(space_t* space, uint64_t virt)
{
    vmm_path_t path;
    uint64_t* table = vmm_page_table(space, virt, false, path, NULL);
    return table != NULL ? &table[pte_index(virt, 1)] : NULL;
}

static bool vmm_range_in_use_locked(space_t* space, uint64_t virt, uint64_t pages)
{
    for (uint64_t i = 0; i < pages; i++)
    {
        uint64_t* entry = vmm_leaf(space, virt + i * PAGE_SIZE);
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

// May an access (@p write, @p exec) go through the page entry @p entry?
static bool vmm_entry_allows(uint64_t entry, bool write, bool exec)
{
    return (!write || (entry & PTE_WRITE)) && (!exec || !(entry & PTE_NO_EXECUTE));
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
    uint64_t* entry = vmm_leaf(space, virt);
    if (entry != NULL && (*entry & PTE_LAZY) && vmm_entry_allows(*entry, write, exec))
    {
        // One page, zeroed: a bounded piece of work, fine under the lock.
        uint64_t page = pmm_alloc();
        if (page != 0)
        {
            pmm_uncommit(1); // the promise is kept
            memset(PHYS_TO_VIRT(page), 0, PAGE_SIZE);
            *entry = (*entry & ~PTE_LAZY) | page | PTE_PRESENT;
            resolved = true;
        }
        else
        {
            log_warn("vmm: no memory left for a promised page at 0x%lx", (unsigned long)virt);
        }
    }
    else if (entry != NULL && (*entry & PTE_PRESENT))
    {
        // Another thread faulted it in first: retry, if this access may.
        resolved = vmm_entry_allows(*entry, write, exec);
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
    uint64_t keep = PTE_ADDRESS | PTE_OWNED | PTE_CALLBACK_MASK | PTE_LAZY;
    uint64_t protection = vmm_entry_flags(flags & (VMM_WRITE | VMM_EXEC | VMM_USER | VMM_UNCACHED));
    for (uint64_t i = 0; i < pages; i++)
    {
        uint64_t page_virt = virt + i * PAGE_SIZE;
        uint64_t* entry = vmm_leaf(space, page_virt);
        // A lazy page keeps its new flags for when it is faulted in.
        *entry = (*entry & keep) | (*entry & PTE_LAZY ? protection & ~PTE_PRESENT : protection);
        if (vmm_is_loaded(space, page_virt))
        {
            pte_flush(page_virt);
        }
    }
    tlb_shootdown(space, virt, pages);
    spin_unlock(&space->lock);
    return 0;
}

bool vmm_lookup(space_t* space, uint64_t virt, uint64_t* phys, uint32_t* flags)
{
    spin_lock(&space->lock);
    bool found = vmm_lookup_locked(space, virt, phys, flags);
    spin_unlock(&space->lock);
    return found;
}

static bool vmm_lookup_locked(space_t* space, uint64_t virt, uint64_t* phys, uint32_t* flags)
{
    uint64_t* table = space->pml4;
    for (int level = 4; level >= 1; level--)
    {
        uint64_t entry = table[pte_index(virt, level)];
        if (!(entry & PTE_PRESENT))
        {
            return false;
        }
        if (level == 1 || (entry & PTE_HUGE))
        {
            uint64_t span = 1ULL << (12 + 9 * (level - 1));
            if (phys != NULL)
            {
                *phys = (entry & PTE_ADDRESS & ~(span - 1)) + (virt & (span - 1) & ~(PAGE_SIZE - 1));
            }
            if (flags != NULL)
            {
                *flags = vmm_flags_of(entry);
            }
            return true;
        }
        table = PHYS_TO_VIRT(entry & PTE_ADDRESS);
    }
    return false;
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
        vmm_path_t path;
        uint64_t* table = vmm_page_table(space, page_virt, false, path, &skip);
        if (table == NULL)
        {
            run += skip;
            continue;
        }
        if (table[pte_index(page_virt, 1)] != 0)
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

// The direct map: every physical address below @p phys_end, 2 MiB pages.
static void vmm_map_hhdm(uint64_t phys_end)
{
    for (uint64_t phys = 0; phys < phys_end; phys += HUGE_2M)
    {
        uint64_t virt = BOOT_HHDM_BASE + phys;
        uint64_t* pdpt = PHYS_TO_VIRT(kernel_space.pml4[pte_index(virt, 4)] & PTE_ADDRESS);
        uint64_t* pdpt_entry = &pdpt[pte_index(virt, 3)];
        if (!(*pdpt_entry & PTE_PRESENT))
        {
            uint64_t* pd = vmm_new_table();
            if (pd == NULL)
            {
                panic("vmm: out of memory building the direct map");
            }
            *pdpt_entry = VIRT_TO_PHYS(pd) | PTE_PRESENT | PTE_WRITE;
        }
        uint64_t* pd = PHYS_TO_VIRT(*pdpt_entry & PTE_ADDRESS);
        pd[pte_index(virt, 2)] = phys | PTE_PRESENT | PTE_WRITE | PTE_HUGE | PTE_NO_EXECUTE;
    }
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
    kernel_space.pml4 = vmm_new_table();
    if (kernel_space.pml4 == NULL)
    {
        panic("vmm: out of memory");
    }
    kernel_space.pml4_phys = VIRT_TO_PHYS(kernel_space.pml4);
    spinlock_init(&kernel_space.lock);
    kernel_space.alloc_start = VMM_HEAP_START;
    kernel_space.alloc_end = VMM_HEAP_END;
    kernel_space.next_fit = VMM_HEAP_START;

    // Every upper-half PML4 entry gets its table now and never changes, so
    // new spaces can copy them once and still see all later kernel mappings.
    for (unsigned i = PTE_ENTRIES / 2; i < PTE_ENTRIES; i++)
    {
        uint64_t* pdpt = vmm_new_table();
        if (pdpt == NULL)
        {
            panic("vmm: out of memory");
        }
        kernel_space.pml4[i] = VIRT_TO_PHYS(pdpt) | PTE_PRESENT | PTE_WRITE;
    }

    uint64_t phys_end = vmm_phys_end(info);
    vmm_map_hhdm(phys_end);
    vmm_map_kernel_section(&info->kernel, __text_start, __text_end, VMM_EXEC);
    vmm_map_kernel_section(&info->kernel, __rodata_start, __rodata_end, 0);
    vmm_map_kernel_section(&info->kernel, __data_start, __kernel_end, VMM_WRITE);

    // No-execute bits mean something only with EFER.NXE, and read-only
    // pages bind the kernel too only with CR0.WP.
    cpu_write_msr(MSR_EFER, cpu_read_msr(MSR_EFER) | EFER_NXE);
    cpu_write_cr0(cpu_read_cr0() | CR0_WP);
    space_load(&kernel_space);
    log_info("vmm: kernel page tables loaded; direct map of %lu MiB", (unsigned long)(phys_end >> 20));
}
