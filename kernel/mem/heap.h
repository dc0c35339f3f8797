// The kernel heap: kmalloc and friends.
//
// Requests up to SLAB_OBJECT_MAX bytes come from slab caches of
// power-of-two sizes (16 to 1024 bytes); larger ones get whole pages
// mapped in the heap region (VMM_HEAP_START), with a small header in front
// of the returned pointer. kfree tells the two apart by the magic number
// at the start of the pointer's page. A few freed blocks of up to 64 pages
// stay mapped for reuse (heap.c says why).
#ifndef KERNEL_MEM_HEAP_H
#define KERNEL_MEM_HEAP_H 1

#include <stddef.h>
#include <stdint.h>

/** Set up the size classes. Needs pmm_init and vmm_init. */
void heap_init(void);

/** @p size bytes, 16-byte aligned; NULL when memory is exhausted (or size is 0). */
void* kmalloc(size_t size);

/** @p count * @p size zeroed bytes; NULL on exhaustion or overflow. */
void* kcalloc(size_t count, size_t size);

/** Resize, keeping the contents; NULL on exhaustion (the old block stays valid). */
void* krealloc(void* pointer, size_t size);

/** Free a block from kmalloc (NULL is ignored); a bad or repeated free panics. */
void kfree(void* pointer);

/** How many bytes the block really holds (at least what was asked for). */
size_t kmalloc_usable_size(const void* pointer);

/**
 * Return cached empty slabs, the freed large blocks kept mapped, and what
 * the registered trimmers keep, to the physical allocator.
 */
void heap_trim(void);

/**
 * Have heap_trim also call @p trim, which gives back memory a part of the
 * kernel keeps for reuse (the scheduler's freed stacks). Up to 4.
 */
void heap_add_trimmer(void (*trim)(void));

typedef struct
{
    uint64_t slab_pages;   /**< pages held by the slab caches */
    uint64_t large_pages;  /**< pages of large allocations */
    uint64_t allocations;  /**< blocks in use */
} heap_stats_t;

heap_stats_t heap_stats(void);

#endif
