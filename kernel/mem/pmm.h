// The physical memory manager: 4 KiB pages.
//
// Two allocators share physical memory, split by address:
// - Pages at or above PMM_BITMAP_LIMIT live on a free stack, built out of
//   free pages themselves (see pmm.c), so taking or giving back a page is
//   constant time, with no table to size and no memory of its own.
//   Memory never allocated yet waits as whole ranges from the memory map,
//   from which pages are cut one at a time (also constant time), so start-up
//   does not have to visit every page.
// - Pages below it are tracked in a bitmap, which can also find runs that
//   are contiguous, aligned (2 MiB pages) or below a bound (the SMP
//   trampoline must be under 1 MiB, some devices want under 4 GiB). Those
//   searches are linear, but rare; single pages come from the bitmap only
//   when the stack is empty.
// Freeing returns a page to whichever allocator owns its address.
#ifndef KERNEL_MEM_PMM_H
#define KERNEL_MEM_PMM_H 1

#include <boot/boot_info.h>
#include <stdbool.h>
#include <stdint.h>

#include <boot/paging_bits.h> // PAGE_SIZE
#define PAGE_SHIFT 12
#define PAGES(bytes) (((bytes) + PAGE_SIZE - 1) / PAGE_SIZE)

/** The bitmap covers physical memory below this address. */
#define PMM_BITMAP_LIMIT (64ULL << 20)

/** Physical address to its direct-map address, and back. */
#define PHYS_TO_VIRT(addr) ((void*)((uint64_t)(addr) + BOOT_HHDM_BASE))
#define VIRT_TO_PHYS(addr) ((uint64_t)(addr) - BOOT_HHDM_BASE)

/**
 * Take over the free memory of the firmware's memory map. Memory the
 * bootloader used (loader code and data, its page tables) stays reserved
 * until pmm_reclaim_boot_memory().
 */
void pmm_init(const boot_memory_map_t* map);

/** Hand the bootloader's memory to the allocators; call once nothing in it is needed. */
void pmm_reclaim_boot_memory(const boot_memory_map_t* map);

/** One page (physical address), or 0 when memory is exhausted. */
uint64_t pmm_alloc(void);

/** Give back a page from pmm_alloc() or one page of a pmm_alloc_bounded() run. */
void pmm_free(uint64_t page);

/**
 * @p count contiguous pages whose start is a multiple of @p alignment bytes
 * (a power of two, at least PAGE_SIZE) and that end at or below
 * @p max_address. Returns 0 when no such run is free or the request is
 * malformed. Only memory below PMM_BITMAP_LIMIT can satisfy it.
 */
uint64_t pmm_alloc_bounded(uint64_t count, uint64_t alignment, uint64_t max_address);

/** Give back @p count consecutive pages: from pmm_alloc_bounded(), or a RAM disk file's (BOOT_MEMORY_RAMDISK). */
void pmm_free_run(uint64_t start, uint64_t count);

/**
 * Commitments: user memory is promised before it is allocated (a lazy
 * mapping is faulted in page by page, long after mmap said yes), so that
 * mmap can say no while memory is short instead of a process dying when
 * it touches a page nobody can give it. A commitment is granted while the
 * free pages cover everything promised and not yet taken, plus this
 * reserve kept for the kernel's own allocations (which are not promised).
 */
#define PMM_KERNEL_RESERVE_PAGES 1024

/** Promise @p pages; false (nothing promised) if free memory does not cover them. */
bool pmm_commit(uint64_t pages);

/** Take back a promise of @p pages that will not be used. */
void pmm_uncommit(uint64_t pages);

/** Page counts, for tests, statistics files and the log. */
typedef struct
{
    uint64_t total; /**< pages the allocators manage, free or not */
    uint64_t free;
    uint64_t reserved;  /**< pages of the memory map held back (bootloader memory until reclaimed) */
    uint64_t committed; /**< pages promised to user memory and not yet allocated */
} pmm_stats_t;

pmm_stats_t pmm_stats(void);

/** Free pages right now. */
uint64_t pmm_free_count(void);

#endif
