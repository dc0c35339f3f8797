#include "heap.h"
#include "pmm.h"
#include "space.h"
#include "vmm.h"

#include <kernel/test/ktest.h>

#include <errno.h>

#define TEST_VIRT 0x0000300000000000ULL

static int calls;
static void* last_data;

static void space_test_callback(void* data)
{
    calls++;
    last_data = data;
}

KTEST(space, callback_fires_when_last_page_unmapped)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    calls = 0;
    int id = space_callback_new(space, space_test_callback, &calls);
    uint64_t pages = pmm_alloc();
    // Three pages with the callback, spread over two page tables.
    uint64_t virt = TEST_VIRT + 510 * PAGE_SIZE;
    vmm_map(space, virt, pages, 1, 0, (uint8_t)id);
    vmm_map(space, virt + PAGE_SIZE, pages, 2, 0, (uint8_t)id);
    uint64_t counted = space_callback_pages(space, (uint8_t)id);
    vmm_unmap(space, virt, 2);
    int calls_after_partial = calls;
    vmm_unmap(space, virt + 2 * PAGE_SIZE, 1);
    int calls_after_all = calls;
    bool released = !space_callback_exists(space, (uint8_t)id);
    space_destroy(space);
    pmm_free(pages);
    KTEST_ASSERT(id >= 1 && id <= SPACE_CALLBACK_MAX);
    KTEST_ASSERT_EQ(counted, 3);
    KTEST_ASSERT_EQ(calls_after_partial, 0);
    KTEST_ASSERT_EQ(calls_after_all, 1);
    KTEST_ASSERT(last_data == &calls);
    KTEST_ASSERT(released);
    KTEST_ASSERT_EQ(calls, 1); // destroying the space does not call it again
}

KTEST(space, callback_fires_on_teardown)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    calls = 0;
    int id = space_callback_new(space, space_test_callback, NULL);
    uint64_t page = pmm_alloc();
    vmm_map(space, TEST_VIRT, page, 1, VMM_USER, (uint8_t)id);
    space_destroy(space);
    pmm_free(page);
    KTEST_ASSERT_EQ(calls, 1);
}

KTEST(space, at_most_255_callbacks)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    calls = 0;
    int last = 0;
    int count = 0;
    for (int i = 0; i < SPACE_CALLBACK_MAX; i++)
    {
        last = space_callback_new(space, space_test_callback, NULL);
        count += last > 0;
    }
    int one_more = space_callback_new(space, space_test_callback, NULL);
    space_destroy(space); // all 255 are still registered: each runs once
    KTEST_ASSERT_EQ(count, SPACE_CALLBACK_MAX);
    KTEST_ASSERT_EQ(last, SPACE_CALLBACK_MAX);
    KTEST_ASSERT_EQ(one_more, -ENOSPC);
    KTEST_ASSERT_EQ(calls, SPACE_CALLBACK_MAX);
}

KTEST(space, released_id_is_reused)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    int first = space_callback_new(space, space_test_callback, NULL);
    uint64_t page = pmm_alloc();
    vmm_map(space, TEST_VIRT, page, 1, 0, (uint8_t)first);
    vmm_unmap(space, TEST_VIRT, 1); // count reaches zero: fired and released
    int again = space_callback_new(space, space_test_callback, NULL);
    space_destroy(space);
    pmm_free(page);
    KTEST_ASSERT_EQ(again, first);
}

KTEST(space, destroy_returns_all_memory)
{
    heap_trim(); // cached empty slabs would blur the count
    uint64_t before = pmm_free_count();
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    int id = space_callback_new(space, space_test_callback, NULL);
    uint64_t shared = pmm_alloc();
    vmm_map(space, TEST_VIRT, shared, 1, VMM_USER, (uint8_t)id);
    vmm_alloc(space, 0, 32, VMM_WRITE | VMM_USER);
    space_destroy(space);
    pmm_free(shared);
    heap_trim();
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}
