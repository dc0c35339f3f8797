#include "heap.h"
#include "pmm.h"
#include "slab.h"

#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

KTEST(slab, objects_distinct_and_aligned)
{
    slab_cache_t cache;
    slab_cache_init(&cache, "test-48", 40);
    void* objects[300];
    for (int i = 0; i < 300; i++)
    {
        objects[i] = slab_alloc(&cache);
        memset(objects[i], i & 0xFF, 40);
    }
    bool ok = true;
    for (int i = 0; i < 300; i++)
    {
        ok = ok && objects[i] != NULL && ((uint64_t)objects[i] % 16) == 0;
        ok = ok && ((uint8_t*)objects[i])[39] == (i & 0xFF); // nobody overlapped it
    }
    uint64_t slabs = cache.slabs;
    for (int i = 0; i < 300; i++)
    {
        slab_free(&cache, objects[i]);
    }
    slab_trim(&cache);
    KTEST_ASSERT(ok);
    KTEST_ASSERT_EQ(cache.object_size, 48);
    KTEST_ASSERT(slabs >= 300 / cache.per_slab);
    KTEST_ASSERT_EQ(cache.objects, 0);
    KTEST_ASSERT_EQ(cache.slabs, 0);
}

KTEST(slab, pages_come_back)
{
    uint64_t before = pmm_free_count();
    slab_cache_t cache;
    slab_cache_init(&cache, "test-256", 256);
    void* objects[100];
    for (int i = 0; i < 100; i++)
    {
        objects[i] = slab_alloc(&cache);
    }
    for (int i = 99; i >= 0; i--)
    {
        slab_free(&cache, objects[i]);
    }
    slab_trim(&cache);
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}

KTEST(slab, double_free_and_bad_pointers_rejected)
{
    slab_cache_t cache;
    slab_cache_init(&cache, "test-64", 64);
    slab_cache_t other;
    slab_cache_init(&other, "test-other", 64);
    uint8_t* object = slab_alloc(&cache);
    int inside = slab_free(&cache, object + 8);   // not the start of an object
    int foreign = slab_free(&other, object);      // another cache's object
    int first = slab_free(&cache, object);
    int second = slab_free(&cache, object);       // freed twice
    slab_trim(&cache);
    KTEST_ASSERT_EQ(inside, -EINVAL);
    KTEST_ASSERT_EQ(foreign, -EINVAL);
    KTEST_ASSERT_EQ(first, 0);
    KTEST_ASSERT_EQ(second, -EINVAL);
}

KTEST(slab, debug_mode_poisons_freed_objects)
{
    slab_cache_t cache;
    slab_cache_init(&cache, "test-poison", 64);
    heap_set_debug(true);
    uint8_t* object = slab_alloc(&cache);
    memset(object, 0x11, 64);
    slab_free(&cache, object);
    bool poisoned = true;
    for (int i = 8; i < 64; i++) // the first 8 bytes chain the free list
    {
        poisoned = poisoned && object[i] == 0xDE;
    }
    // Intact poison passes the check on the way out again.
    uint8_t* again = slab_alloc(&cache);
    slab_free(&cache, again);
    heap_set_debug(false);
    slab_trim(&cache);
    KTEST_ASSERT(poisoned);
    KTEST_ASSERT(again == object);
}

KTEST(heap, sizes_and_contents)
{
    static const size_t sizes[] = {1, 15, 16, 17, 100, 512, 1000, 1024, 1025, 4000, 4096, 70000};
    void* blocks[sizeof(sizes) / sizeof(sizes[0])];
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
    {
        blocks[i] = kmalloc(sizes[i]);
        if (blocks[i] != NULL)
        {
            memset(blocks[i], (int)i + 1, sizes[i]);
        }
    }
    bool ok = true;
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
    {
        uint8_t* bytes = blocks[i];
        ok = ok && bytes != NULL && ((uint64_t)bytes % 16) == 0;
        ok = ok && bytes[0] == i + 1 && bytes[sizes[i] - 1] == i + 1;
        ok = ok && kmalloc_usable_size(bytes) >= sizes[i];
    }
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
    {
        kfree(blocks[i]);
    }
    KTEST_ASSERT(ok);
}

KTEST(heap, realloc_keeps_contents)
{
    char* text = kmalloc(10);
    strcpy(text, "patchwork");
    char* same = krealloc(text, 12); // still fits the 16-byte class
    char* grown = krealloc(same, 5000);
    bool kept = grown != NULL && strcmp(grown, "patchwork") == 0;
    char* shrunk = krealloc(grown, 20);
    kfree(shrunk);
    KTEST_ASSERT(same == text);
    KTEST_ASSERT(kept);
    KTEST_ASSERT(shrunk == grown);
    KTEST_ASSERT(krealloc(NULL, 0) == NULL);
}

KTEST(heap, calloc_zeroes_and_checks_overflow)
{
    uint8_t* block = kcalloc(100, 30);
    bool zero = block != NULL;
    for (int i = 0; zero && i < 3000; i++)
    {
        zero = block[i] == 0;
    }
    kfree(block);
    KTEST_ASSERT(zero);
    KTEST_ASSERT(kcalloc(SIZE_MAX / 2, 3) == NULL);
    KTEST_ASSERT(kmalloc(0) == NULL);
}

KTEST(heap, freed_large_block_is_kept_for_the_same_size_and_trimmed)
{
    heap_trim();
    uint64_t before = pmm_free_count();
    uint8_t* first = kmalloc(3 * PAGE_SIZE);
    KTEST_ASSERT(first != NULL);
    kfree(first);
    // A block of another size does not take it...
    uint8_t* other = kmalloc(5 * PAGE_SIZE);
    KTEST_ASSERT(other != NULL && other != first);
    // ...the next one of its size does: it was kept mapped.
    uint8_t* second = kmalloc(3 * PAGE_SIZE);
    KTEST_ASSERT(second == first);
    kfree(other);
    kfree(second);
    KTEST_ASSERT(pmm_free_count() < before); // both kept
    heap_trim();
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}

KTEST(heap, exhaustion_fails_cleanly_and_recovers)
{
    heap_trim();
    uint64_t before = pmm_free_count();
    uint64_t large_before = heap_stats().large_pages;
    // Grab 1 MiB blocks until the heap says no, chained through themselves.
    void* chain = NULL;
    uint64_t blocks = 0;
    for (;;)
    {
        void** block = kmalloc(1 << 20);
        if (block == NULL)
        {
            break;
        }
        *block = chain;
        chain = block;
        blocks++;
    }
    void* small = kmalloc(64); // may or may not fit; must not crash
    kfree(small);
    while (chain != NULL)
    {
        void* next = *(void**)chain;
        kfree(chain);
        chain = next;
    }
    heap_trim();
    KTEST_ASSERT(blocks > 10);
    KTEST_ASSERT_EQ(pmm_free_count(), before); // page tables included
    KTEST_ASSERT_EQ(heap_stats().large_pages, large_before);
}
