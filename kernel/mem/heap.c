#include "heap.h"

#include "pmm.h"
#include "slab.h"
#include "space.h"
#include "vmm.h"

#include <kernel/panic/panic.h>
#include <kernel/sync/spinlock.h>

#include <string.h>

#define HEAP_CLASSES 7 // 16, 32, ..., 1024
#define LARGE_MAGIC 0x454752414C4B5750ULL // "PWKLARGE"

// In front of a large block, at the start of its first page; the header
// is 64 bytes so the block stays 16-byte aligned.
typedef struct
{
    uint64_t magic;
    uint64_t pages;
    uint64_t size;
    uint64_t reserved[5];
} large_header_t;

// Freed large blocks of up to LARGE_KEEP_PAGES pages stay mapped, up to
// LARGE_KEPT blocks and LARGE_KEEP_BUDGET pages in all, for the next
// request of the same size: unmapping a kernel page means a TLB shootdown
// on every other CPU (an IPI each, and a wait for the slowest, which under
// virtualisation may be a virtual CPU the host is not running), and
// blocks of the same few sizes come and go on hot paths: a readdir batch,
// a thread's SIMD area and system-call bounce buffer, a program's image
// during spawn. heap_trim gives them back.
#define LARGE_KEEP_PAGES 64
#define LARGE_KEEP_BUDGET 256
#define LARGE_KEPT 16

static spinlock_t large_kept_lock = SPINLOCK_INIT;
static large_header_t* large_kept[LARGE_KEPT];
static uint64_t large_kept_pages;

static slab_cache_t classes[HEAP_CLASSES];
static const char* const class_names[HEAP_CLASSES] = {
    "kmalloc-16", "kmalloc-32", "kmalloc-64", "kmalloc-128", "kmalloc-256", "kmalloc-512", "kmalloc-1024"};
static uint64_t large_pages;
static uint64_t large_count;

void heap_init(void)
{
    for (int i = 0; i < HEAP_CLASSES; i++)
    {
        slab_cache_init(&classes[i], class_names[i], (size_t)16 << i);
    }
}

static slab_cache_t* heap_class(size_t size)
{
    for (int i = 0; i < HEAP_CLASSES; i++)
    {
        if (size <= classes[i].object_size)
        {
            return &classes[i];
        }
    }
    return NULL;
}

// A kept block of exactly @p pages pages, or NULL.
static large_header_t* heap_take_kept(uint64_t pages)
{
    large_header_t* header = NULL;
    spin_lock(&large_kept_lock);
    for (int i = 0; i < LARGE_KEPT && header == NULL; i++)
    {
        if (large_kept[i] != NULL && large_kept[i]->pages == pages)
        {
            header = large_kept[i];
            large_kept[i] = NULL;
            large_kept_pages -= pages;
        }
    }
    spin_unlock(&large_kept_lock);
    return header;
}

// Keep the freed block at @p header (its pages field still set) if there
// is room; false otherwise.
static bool heap_keep(large_header_t* header)
{
    if (header->pages > LARGE_KEEP_PAGES)
    {
        return false;
    }
    bool kept = false;
    spin_lock(&large_kept_lock);
    for (int i = 0; i < LARGE_KEPT && !kept && large_kept_pages + header->pages <= LARGE_KEEP_BUDGET; i++)
    {
        if (large_kept[i] == NULL)
        {
            large_kept[i] = header;
            large_kept_pages += header->pages;
            kept = true;
        }
    }
    spin_unlock(&large_kept_lock);
    return kept;
}

// Take any kept block, or NULL.
static large_header_t* heap_take_any_kept(void)
{
    large_header_t* header = NULL;
    spin_lock(&large_kept_lock);
    for (int i = 0; i < LARGE_KEPT && header == NULL; i++)
    {
        header = large_kept[i];
        large_kept[i] = NULL;
    }
    if (header != NULL)
    {
        large_kept_pages -= header->pages;
    }
    spin_unlock(&large_kept_lock);
    return header;
}

// Unmap every kept block; how many there were.
static int heap_release_kept(void)
{
    int released = 0;
    large_header_t* header;
    while ((header = heap_take_any_kept()) != NULL)
    {
        vmm_unmap(vmm_kernel_space(), (uint64_t)header, header->pages);
        released++;
    }
    return released;
}

static void* heap_alloc_large(size_t size)
{
    if (size > (VMM_HEAP_END - VMM_HEAP_START) / 2)
    {
        return NULL;
    }
    uint64_t pages = PAGES(size + sizeof(large_header_t));
    large_header_t* header = pages <= LARGE_KEEP_PAGES ? heap_take_kept(pages) : NULL;
    if (header != NULL)
    {
        // Zeroed, as fresh pages are: a kept block held someone else's data.
        memset(header, 0, pages * PAGE_SIZE);
    }
    else
    {
        uint64_t virt = vmm_alloc(vmm_kernel_space(), 0, pages, VMM_WRITE);
        if (virt == 0 && heap_release_kept() > 0)
        {
            virt = vmm_alloc(vmm_kernel_space(), 0, pages, VMM_WRITE); // memory was short: kept blocks go first
        }
        if (virt == 0)
        {
            return NULL;
        }
        header = (large_header_t*)virt;
    }
    header->magic = LARGE_MAGIC;
    header->pages = pages;
    header->size = size;
    __atomic_fetch_add(&large_pages, pages, __ATOMIC_RELAXED);
    __atomic_fetch_add(&large_count, 1, __ATOMIC_RELAXED);
    return header + 1;
}

void* kmalloc(size_t size)
{
    if (size == 0)
    {
        return NULL;
    }
    slab_cache_t* cache = heap_class(size);
    return cache != NULL ? slab_alloc(cache) : heap_alloc_large(size);
}

void* kcalloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
    {
        return NULL;
    }
    void* pointer = kmalloc(count * size);
    if (pointer != NULL)
    {
        memset(pointer, 0, count * size);
    }
    return pointer;
}

static large_header_t* heap_large_header(const void* pointer)
{
    large_header_t* header = (large_header_t*)((uint64_t)pointer & ~(PAGE_SIZE - 1));
    return (header->magic == LARGE_MAGIC && (const void*)(header + 1) == pointer) ? header : NULL;
}

void kfree(void* pointer)
{
    if (pointer == NULL)
    {
        return;
    }
    slab_cache_t* cache = slab_cache_of(pointer);
    if (cache != NULL)
    {
        if (slab_free(cache, pointer) != 0)
        {
            panic("heap: bad free of %p (%s): freed twice, or not the start of a block", pointer, cache->name);
        }
        return;
    }
    large_header_t* header = heap_large_header(pointer);
    if (header == NULL)
    {
        panic("heap: bad free of %p: not a block from kmalloc", pointer);
    }
    uint64_t pages = header->pages;
    header->magic = 0; // a second free of this block must not pass
    __atomic_fetch_sub(&large_pages, pages, __ATOMIC_RELAXED);
    __atomic_fetch_sub(&large_count, 1, __ATOMIC_RELAXED);
    if (!heap_keep(header))
    {
        vmm_unmap(vmm_kernel_space(), (uint64_t)header, pages);
    }
}

size_t kmalloc_usable_size(const void* pointer)
{
    slab_cache_t* cache = slab_cache_of(pointer);
    if (cache != NULL)
    {
        return cache->object_size;
    }
    large_header_t* header = heap_large_header(pointer);
    return header != NULL ? header->pages * PAGE_SIZE - sizeof(large_header_t) : 0;
}

void* krealloc(void* pointer, size_t size)
{
    if (pointer == NULL)
    {
        return kmalloc(size);
    }
    if (size == 0)
    {
        kfree(pointer);
        return NULL;
    }
    size_t old = kmalloc_usable_size(pointer);
    if (size <= old)
    {
        return pointer;
    }
    void* grown = kmalloc(size);
    if (grown == NULL)
    {
        return NULL;
    }
    memcpy(grown, pointer, old);
    kfree(pointer);
    return grown;
}

#define HEAP_TRIMMERS 4

static void (*trimmers[HEAP_TRIMMERS])(void);

void heap_add_trimmer(void (*trim)(void))
{
    for (int i = 0; i < HEAP_TRIMMERS; i++)
    {
        if (trimmers[i] == NULL || trimmers[i] == trim)
        {
            trimmers[i] = trim;
            return;
        }
    }
    panic("heap: more than %d trimmers", HEAP_TRIMMERS);
}

void heap_trim(void)
{
    // First: what they give back may include heap blocks.
    for (int i = 0; i < HEAP_TRIMMERS && trimmers[i] != NULL; i++)
    {
        trimmers[i]();
    }
    for (int i = 0; i < HEAP_CLASSES; i++)
    {
        slab_trim(&classes[i]);
    }
    heap_release_kept();
}

heap_stats_t heap_stats(void)
{
    heap_stats_t stats = {0, large_pages, large_count};
    for (int i = 0; i < HEAP_CLASSES; i++)
    {
        stats.slab_pages += classes[i].slabs;
        stats.allocations += classes[i].objects;
    }
    return stats;
}
