// vmm_reserve: a range that costs nothing until touched, grows a page at
// a time with the reserve's protection, and leaves the page below it and
// everything outside it alone.
#include "pmm.h"
#include "space.h"
#include "vmm.h"

#include <kernel/test/ktest.h>

#include <errno.h>
#include <stddef.h>

#define RESERVE_VIRT 0x0000200000000000ULL
#define RESERVE_PAGES 16

KTEST(vmm, reserve_grows_on_touch)
{
    uint64_t before = pmm_free_count();
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    int reserved = vmm_reserve(space, RESERVE_VIRT, RESERVE_PAGES, VMM_USER | VMM_WRITE);
    int again = vmm_reserve(space, RESERVE_VIRT - 64 * PAGE_SIZE, 4, VMM_USER | VMM_WRITE);
    uint64_t owned_at_start = space->owned_pages;
    uint64_t alloc_end = space->alloc_end;
    bool mapped_at_start = vmm_lookup(space, RESERVE_VIRT + 5 * PAGE_SIZE, NULL, NULL);
    // A write in the middle of page 5 gives that page, and only it.
    bool grown = vmm_fault_lazy(space, RESERVE_VIRT + 5 * PAGE_SIZE + 123, true, false);
    uint32_t flags = 0;
    bool mapped = vmm_lookup(space, RESERVE_VIRT + 5 * PAGE_SIZE, NULL, &flags);
    bool neighbour = vmm_lookup(space, RESERVE_VIRT + 4 * PAGE_SIZE, NULL, NULL);
    uint64_t owned_after = space->owned_pages;
    // Not executable; nothing below (the guard page) or above it grows.
    bool exec = vmm_fault_lazy(space, RESERVE_VIRT + 6 * PAGE_SIZE, false, true);
    bool guard = vmm_fault_lazy(space, RESERVE_VIRT - 1, true, false);
    bool above = vmm_fault_lazy(space, RESERVE_VIRT + RESERVE_PAGES * PAGE_SIZE, true, false);
    uint64_t owned_end = space->owned_pages;
    space_destroy(space);
    uint64_t after = pmm_free_count();
    KTEST_ASSERT_EQ(reserved, 0);
    KTEST_ASSERT_EQ(again, -EINVAL);
    KTEST_ASSERT_EQ(owned_at_start, 0);
    KTEST_ASSERT_EQ(alloc_end, RESERVE_VIRT - PAGE_SIZE); // placement stays below the guard page
    KTEST_ASSERT(!mapped_at_start);
    KTEST_ASSERT(grown);
    KTEST_ASSERT(mapped);
    KTEST_ASSERT_EQ(flags, VMM_USER | VMM_WRITE | VMM_OWNED);
    KTEST_ASSERT(!neighbour);
    KTEST_ASSERT_EQ(owned_after, 1);
    KTEST_ASSERT(!exec);
    KTEST_ASSERT(!guard);
    KTEST_ASSERT(!above);
    KTEST_ASSERT_EQ(owned_end, 1);
    KTEST_ASSERT_EQ(after, before); // the page and its tables went with the space
}

KTEST(vmm, reserve_executable_when_asked)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    int reserved = vmm_reserve(space, RESERVE_VIRT, RESERVE_PAGES, VMM_USER | VMM_WRITE | VMM_EXEC);
    bool exec = vmm_fault_lazy(space, RESERVE_VIRT, false, true);
    uint32_t flags = 0;
    bool mapped = vmm_lookup(space, RESERVE_VIRT, NULL, &flags);
    int bad = vmm_reserve(vmm_kernel_space(), VMM_HEAP_START, 1, VMM_WRITE);
    space_destroy(space);
    KTEST_ASSERT_EQ(reserved, 0);
    KTEST_ASSERT(exec);
    KTEST_ASSERT(mapped);
    KTEST_ASSERT_EQ(flags, VMM_USER | VMM_WRITE | VMM_EXEC | VMM_OWNED);
    KTEST_ASSERT_EQ(bad, -EINVAL);
}
