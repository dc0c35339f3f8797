#include "pmm.h"

#include <kernel/test/ktest.h>

#include <string.h>

KTEST(pmm, alloc_free_counts)
{
    uint64_t before = pmm_free_count();
    uint64_t a = pmm_alloc();
    uint64_t b = pmm_alloc();
    KTEST_ASSERT(a != 0 && b != 0 && a != b);
    KTEST_ASSERT(a % PAGE_SIZE == 0 && b % PAGE_SIZE == 0);
    KTEST_ASSERT_EQ(pmm_free_count(), before - 2);
    pmm_free(a);
    pmm_free(b);
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}

KTEST(pmm, pages_are_usable_memory)
{
    uint64_t page = pmm_alloc();
    KTEST_ASSERT(page != 0);
    uint8_t* bytes = PHYS_TO_VIRT(page);
    memset(bytes, 0x5A, PAGE_SIZE);
    KTEST_ASSERT(bytes[0] == 0x5A && bytes[PAGE_SIZE - 1] == 0x5A);
    pmm_free(page);
}

KTEST(pmm, freed_page_is_reused_first)
{
    // The free stack is last in, first out: constant time both ways.
    uint64_t page = pmm_alloc();
    pmm_free(page);
    uint64_t again = pmm_alloc();
    KTEST_ASSERT_EQ(again, page);
    pmm_free(again);
}

// A list of every page taken, kept in the pages themselves (they are ours).
KTEST(pmm, exhaustion_fails_cleanly_and_recovers)
{
    uint64_t before = pmm_free_count();
    uint64_t chain = 0;
    uint64_t taken = 0;
    for (;;)
    {
        uint64_t page = pmm_alloc();
        if (page == 0)
        {
            break;
        }
        *(uint64_t*)PHYS_TO_VIRT(page) = chain;
        chain = page;
        taken++;
    }
    uint64_t at_empty = pmm_free_count();
    uint64_t extra = pmm_alloc(); // still an error, not a crash
    while (chain != 0)
    {
        uint64_t next = *(uint64_t*)PHYS_TO_VIRT(chain);
        pmm_free(chain);
        chain = next;
    }
    KTEST_ASSERT_EQ(extra, 0);
    KTEST_ASSERT_EQ(at_empty, 0);
    KTEST_ASSERT_EQ(taken, before);
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}

KTEST(pmm, bounded_below_1mib)
{
    uint64_t before = pmm_free_count();
    uint64_t page = pmm_alloc_bounded(1, PAGE_SIZE, 1ULL << 20);
    KTEST_ASSERT(page != 0);
    KTEST_ASSERT(page + PAGE_SIZE <= (1ULL << 20));
    pmm_free_run(page, 1);
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}

KTEST(pmm, bounded_2mib_aligned_run)
{
    uint64_t before = pmm_free_count();
    uint64_t run = pmm_alloc_bounded(512, 2ULL << 20, UINT64_MAX);
    KTEST_ASSERT(run != 0);
    KTEST_ASSERT_EQ(run % (2ULL << 20), 0);
    KTEST_ASSERT_EQ(pmm_free_count(), before - 512);
    // The whole run is ours: write its last byte.
    ((uint8_t*)PHYS_TO_VIRT(run))[512 * PAGE_SIZE - 1] = 1;
    pmm_free_run(run, 512);
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}

KTEST(pmm, bounded_below_4gib)
{
    uint64_t page = pmm_alloc_bounded(4, PAGE_SIZE, 4ULL << 30);
    KTEST_ASSERT(page != 0 && page + 4 * PAGE_SIZE <= (4ULL << 30));
    pmm_free_run(page, 4);
}

KTEST(pmm, bounded_rejects_bad_requests)
{
    uint64_t before = pmm_free_count();
    KTEST_ASSERT_EQ(pmm_alloc_bounded(1, 3000, UINT64_MAX), 0);       // not a power of two
    KTEST_ASSERT_EQ(pmm_alloc_bounded(1, 1024, UINT64_MAX), 0);       // below a page
    KTEST_ASSERT_EQ(pmm_alloc_bounded(0, PAGE_SIZE, UINT64_MAX), 0);  // nothing
    KTEST_ASSERT_EQ(pmm_alloc_bounded(1, PAGE_SIZE, PAGE_SIZE), 0);   // no room below the bound
    KTEST_ASSERT_EQ(pmm_alloc_bounded(1ULL << 40, PAGE_SIZE, UINT64_MAX), 0); // too large
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}

KTEST(pmm, stats_add_up)
{
    pmm_stats_t stats = pmm_stats();
    KTEST_ASSERT(stats.total > 0);
    KTEST_ASSERT(stats.free <= stats.total);
    KTEST_ASSERT_EQ(stats.reserved, 0); // reclaimed during start-up
    KTEST_ASSERT_EQ(stats.free, pmm_free_count());
}
