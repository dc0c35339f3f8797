#include "pmm.h"

#include <kernel/log/log.h>
#include <kernel/panic/panic.h>
#include <kernel/sync/spinlock.h>

// UEFI memory types (UEFI specification, EFI_MEMORY_TYPE).
#define EFI_LOADER_CODE 1
#define EFI_LOADER_DATA 2
#define EFI_BOOT_SERVICES_CODE 3
#define EFI_BOOT_SERVICES_DATA 4
#define EFI_CONVENTIONAL_MEMORY 7

#define BITMAP_PAGES (PMM_BITMAP_LIMIT / PAGE_SIZE)
#define BITS_PER_WORD 64

// Free memory not yet handed out is kept as ranges, carved from the top
// one page at a time: no page has to be touched until it is used. Pages
// that come back go on the stack.
#define PMM_RANGES_MAX 256
typedef struct
{
    uint64_t start;
    uint64_t pages;
} pmm_range_t;

static pmm_range_t ranges[PMM_RANGES_MAX];
static int range_count;

// The free stack is made of free pages themselves: each stack page holds
// the addresses of up to STACK_SLOTS free pages and a link to the stack
// page below it. Pushing and popping touch only the top stack page, which
// stays in the cache, so the cost does not depend on how much memory is
// moving; a freed page turns into a stack page when the top one is full,
// and a stack page is handed out itself once it is empty.
#define STACK_SLOTS 510
typedef struct
{
    uint64_t below; // physical address of the next stack page, 0 at the bottom
    uint64_t count;
    uint64_t pages[STACK_SLOTS];
} pmm_stack_page_t;

static pmm_stack_page_t* stack; // the top stack page, NULL when the stack is empty
static uint64_t bitmap[BITMAP_PAGES / BITS_PER_WORD]; // a set bit is a free page
static uint64_t bitmap_hint;                          // where the next single-page search starts
static pmm_stats_t stats;
static spinlock_t lock = SPINLOCK_INIT; // guards everything above

static bool pmm_free_now(uint32_t type)
{
    return type == EFI_CONVENTIONAL_MEMORY || type == EFI_BOOT_SERVICES_CODE || type == EFI_BOOT_SERVICES_DATA;
}

static bool pmm_free_later(uint32_t type)
{
    return type == EFI_LOADER_CODE || type == EFI_LOADER_DATA || type == BOOT_MEMORY_PAGE_TABLES;
}

static bool bitmap_test(uint64_t index)
{
    return bitmap[index / BITS_PER_WORD] & (1ULL << (index % BITS_PER_WORD));
}

static void bitmap_set(uint64_t index, bool free)
{
    if (free)
    {
        bitmap[index / BITS_PER_WORD] |= 1ULL << (index % BITS_PER_WORD);
    }
    else
    {
        bitmap[index / BITS_PER_WORD] &= ~(1ULL << (index % BITS_PER_WORD));
    }
}

// Give one page to its allocator, without counting it.
static void pmm_release(uint64_t page)
{
    if (page < PMM_BITMAP_LIMIT)
    {
        uint64_t index = page / PAGE_SIZE;
        if (bitmap_test(index))
        {
            panic("pmm: page 0x%lx freed twice", (unsigned long)page);
        }
        bitmap_set(index, true);
        return;
    }
    if (stack != NULL && stack->count < STACK_SLOTS)
    {
        stack->pages[stack->count++] = page;
        return;
    }
    pmm_stack_page_t* top = PHYS_TO_VIRT(page);
    top->below = stack != NULL ? VIRT_TO_PHYS(stack) : 0;
    top->count = 0;
    stack = top;
}

static uint64_t pmm_stack_pop(void)
{
    if (stack == NULL)
    {
        return 0;
    }
    if (stack->count > 0)
    {
        return stack->pages[--stack->count];
    }
    uint64_t page = VIRT_TO_PHYS(stack);
    stack = stack->below != 0 ? PHYS_TO_VIRT(stack->below) : NULL;
    return page;
}

static void pmm_add_range(uint64_t start, uint64_t pages)
{
    // Page 0 stays out: 0 is how allocation failure is reported.
    if (start == 0 && pages > 0)
    {
        start += PAGE_SIZE;
        pages--;
    }
    stats.total += pages;
    stats.free += pages;
    // The part below the bitmap limit goes into the bitmap, page by page
    // (cheap: no page is touched); the rest becomes a range.
    while (pages > 0 && start < PMM_BITMAP_LIMIT)
    {
        pmm_release(start);
        start += PAGE_SIZE;
        pages--;
    }
    if (pages == 0)
    {
        return;
    }
    if (range_count < PMM_RANGES_MAX)
    {
        ranges[range_count++] = (pmm_range_t){start, pages};
        return;
    }
    // More ranges than slots: the rest goes on the stack the slow way.
    for (uint64_t i = 0; i < pages; i++)
    {
        pmm_release(start + i * PAGE_SIZE);
    }
}

typedef bool (*pmm_type_filter_t)(uint32_t type);

static void pmm_add_map(const boot_memory_map_t* map, pmm_type_filter_t filter)
{
    const uint8_t* entry = (const uint8_t*)map->descriptors;
    for (uint64_t i = 0; i < map->count; i++, entry += map->descriptor_size)
    {
        const boot_memory_descriptor_t* d = (const boot_memory_descriptor_t*)entry;
        if (filter(d->type))
        {
            pmm_add_range(d->phys_start, d->page_count);
        }
    }
}

void pmm_init(const boot_memory_map_t* map)
{
    const uint8_t* walk = (const uint8_t*)map->descriptors;
    for (uint64_t i = 0; i < map->count; i++, walk += map->descriptor_size)
    {
        const boot_memory_descriptor_t* d = (const boot_memory_descriptor_t*)walk;
        log_debug("pmm: 0x%016lx-0x%016lx type 0x%x", (unsigned long)d->phys_start,
            (unsigned long)(d->phys_start + d->page_count * PAGE_SIZE), d->type);
    }
    pmm_add_map(map, pmm_free_now);
    const uint8_t* entry = (const uint8_t*)map->descriptors;
    for (uint64_t i = 0; i < map->count; i++, entry += map->descriptor_size)
    {
        const boot_memory_descriptor_t* d = (const boot_memory_descriptor_t*)entry;
        if (pmm_free_later(d->type))
        {
            stats.reserved += d->page_count;
        }
        // The RAM disk's bytes are in use from the start (home:'s files);
        // they come back through pmm_free as those files change.
        if (d->type == BOOT_MEMORY_RAMDISK)
        {
            stats.total += d->page_count;
        }
    }
    log_info("pmm: %lu MiB free, %lu MiB held for the bootloader's data", (unsigned long)(stats.free >> 8),
        (unsigned long)(stats.reserved >> 8));
}

void pmm_reclaim_boot_memory(const boot_memory_map_t* map)
{
    spin_lock(&lock);
    uint64_t before = stats.free;
    pmm_add_map(map, pmm_free_later);
    stats.reserved = 0;
    spin_unlock(&lock);
    log_info("pmm: reclaimed %lu KiB of bootloader memory", (unsigned long)((stats.free - before) * 4));
}

static uint64_t pmm_bitmap_alloc_one(void)
{
    for (uint64_t n = 0; n < BITMAP_PAGES; n++)
    {
        uint64_t index = (bitmap_hint + n) % BITMAP_PAGES;
        if (bitmap_test(index))
        {
            bitmap_set(index, false);
            bitmap_hint = index + 1;
            return index * PAGE_SIZE;
        }
    }
    return 0;
}

// One page from whichever allocator has one (lock held); 0 if none.
static uint64_t pmm_take(void)
{
    uint64_t page = pmm_stack_pop();
    if (page == 0 && range_count > 0)
    {
        pmm_range_t* range = &ranges[range_count - 1];
        page = range->start + --range->pages * PAGE_SIZE;
        if (range->pages == 0)
        {
            range_count--;
        }
    }
    if (page == 0)
    {
        page = pmm_bitmap_alloc_one();
    }
    if (page != 0)
    {
        stats.free--;
    }
    return page;
}

uint64_t pmm_alloc(void)
{
    spin_lock(&lock);
    uint64_t page = pmm_take();
    spin_unlock(&lock);
    return page;
}

bool pmm_commit(uint64_t pages)
{
    spin_lock(&lock);
    uint64_t promised = stats.committed + PMM_KERNEL_RESERVE_PAGES;
    bool granted = pages <= stats.free && promised <= stats.free - pages;
    if (granted)
    {
        stats.committed += pages;
    }
    spin_unlock(&lock);
    return granted;
}

void pmm_uncommit(uint64_t pages)
{
    spin_lock(&lock);
    if (pages > stats.committed)
    {
        panic("pmm: %lu pages uncommitted, %lu were committed", (unsigned long)pages,
            (unsigned long)stats.committed);
    }
    stats.committed -= pages;
    spin_unlock(&lock);
}

void pmm_free(uint64_t page)
{
    if (page == 0 || page % PAGE_SIZE != 0)
    {
        panic("pmm: freeing a bad page address 0x%lx", (unsigned long)page);
    }
    spin_lock(&lock);
    pmm_release(page);
    stats.free++;
    spin_unlock(&lock);
}

uint64_t pmm_alloc_bounded(uint64_t count, uint64_t alignment, uint64_t max_address)
{
    if (count == 0 || alignment < PAGE_SIZE || (alignment & (alignment - 1)) != 0)
    {
        return 0;
    }
    uint64_t limit = max_address < PMM_BITMAP_LIMIT ? max_address : PMM_BITMAP_LIMIT;
    uint64_t step = alignment / PAGE_SIZE;
    uint64_t found = 0;
    spin_lock(&lock);
    for (uint64_t first = step; first * PAGE_SIZE + count * PAGE_SIZE <= limit; first += step)
    {
        uint64_t run = 0;
        while (run < count && bitmap_test(first + run))
        {
            run++;
        }
        if (run == count)
        {
            for (uint64_t i = 0; i < count; i++)
            {
                bitmap_set(first + i, false);
            }
            stats.free -= count;
            found = first * PAGE_SIZE;
            break;
        }
    }
    spin_unlock(&lock);
    return found;
}

void pmm_free_run(uint64_t start, uint64_t count)
{
    for (uint64_t i = 0; i < count; i++)
    {
        pmm_free(start + i * PAGE_SIZE);
    }
}

pmm_stats_t pmm_stats(void)
{
    spin_lock(&lock);
    pmm_stats_t copy = stats;
    spin_unlock(&lock);
    return copy;
}

uint64_t pmm_free_count(void)
{
    return stats.free;
}
