#include "heap.h"
#include "pmm.h"
#include "space.h"
#include "vmm.h"

#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

#define TEST_VIRT 0x0000200000000000ULL

void kmain(void);
extern const char console_font_data[];
extern char __data_start[];

KTEST(vmm, map_lookup_unmap)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t page = pmm_alloc();
    int mapped = vmm_map(space, TEST_VIRT, page, 1, VMM_WRITE | VMM_USER, 0);
    uint64_t phys = 0;
    uint32_t flags = 0;
    bool found = vmm_lookup(space, TEST_VIRT + 123, &phys, &flags);
    int unmapped = vmm_unmap(space, TEST_VIRT, 1);
    bool gone = !vmm_lookup(space, TEST_VIRT, NULL, NULL);
    space_destroy(space);
    pmm_free(page); // not owned by the space: still ours
    KTEST_ASSERT_EQ(mapped, 0);
    KTEST_ASSERT(found);
    KTEST_ASSERT_EQ(phys, page);
    KTEST_ASSERT_EQ(flags, VMM_WRITE | VMM_USER);
    KTEST_ASSERT_EQ(unmapped, 0);
    KTEST_ASSERT(gone);
}

KTEST(vmm, rejects_bad_arguments)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    int unaligned = vmm_map(space, TEST_VIRT + 1, 0x1000, 1, 0, 0);
    int kernel_half = vmm_map(space, 0xFFFF900000000000ULL, 0x1000, 1, 0, 0);
    int null_page = vmm_map(space, 0, 0x1000, 1, 0, 0);
    int wraps = vmm_unmap(space, 0xFFFFFFFFFFFFF000ULL, 4);
    int unknown_callback = vmm_map(space, TEST_VIRT, 0x1000, 1, 0, 7);
    int kernel_in_user = vmm_map(vmm_kernel_space(), TEST_VIRT, 0x1000, 1, 0, 0);
    space_destroy(space);
    KTEST_ASSERT_EQ(unaligned, -EINVAL);
    KTEST_ASSERT_EQ(kernel_half, -EINVAL);
    KTEST_ASSERT_EQ(null_page, -EINVAL);
    KTEST_ASSERT_EQ(wraps, -EINVAL);
    KTEST_ASSERT_EQ(unknown_callback, -EINVAL);
    KTEST_ASSERT_EQ(kernel_in_user, -EINVAL);
}

KTEST(vmm, double_map_fails_and_leaves_nothing)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t first = vmm_map(space, TEST_VIRT + 2 * PAGE_SIZE, 0x5000, 1, 0, 0);
    // Pages 0 and 1 are free, page 2 is taken: the whole request fails.
    int overlap = vmm_map(space, TEST_VIRT, 0x1000, 4, 0, 0);
    bool page0 = vmm_lookup(space, TEST_VIRT, NULL, NULL);
    uint64_t phys = 0;
    vmm_lookup(space, TEST_VIRT + 2 * PAGE_SIZE, &phys, NULL);
    space_destroy(space);
    KTEST_ASSERT_EQ(first, 0);
    KTEST_ASSERT_EQ(overlap, -EEXIST);
    KTEST_ASSERT(!page0);
    KTEST_ASSERT_EQ(phys, 0x5000); // the old mapping is untouched
}

KTEST(vmm, owned_pages_are_freed_on_unmap)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t before = pmm_free_count();
    uint64_t virt = vmm_alloc(space, TEST_VIRT, 16, VMM_WRITE | VMM_USER);
    uint64_t during = pmm_free_count();
    vmm_unmap(space, TEST_VIRT, 16);
    uint64_t after = pmm_free_count();
    space_destroy(space);
    KTEST_ASSERT_EQ(virt, TEST_VIRT);
    KTEST_ASSERT(during <= before - 16);
    // The pages and the page tables that held them are all back.
    KTEST_ASSERT_EQ(after, before);
}

KTEST(vmm, unowned_pages_are_not_freed)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t page = pmm_alloc();
    uint64_t before = pmm_free_count();
    vmm_map(space, TEST_VIRT, page, 1, VMM_WRITE, 0);
    vmm_unmap(space, TEST_VIRT, 1);
    // The page tables went back, the page did not: it is still ours.
    uint64_t after = pmm_free_count();
    space_destroy(space);
    pmm_free(page);
    KTEST_ASSERT_EQ(after, before);
}

KTEST(vmm, protect_changes_flags_only)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t virt = vmm_alloc(space, TEST_VIRT, 2, VMM_WRITE | VMM_USER);
    uint64_t phys_before = 0;
    vmm_lookup(space, virt, &phys_before, NULL);
    int changed = vmm_protect(space, virt, 2, VMM_USER | VMM_EXEC);
    uint64_t phys_after = 0;
    uint32_t flags = 0;
    vmm_lookup(space, virt + PAGE_SIZE, NULL, &flags);
    vmm_lookup(space, virt, &phys_after, NULL);
    int hole = vmm_protect(space, virt, 3, VMM_WRITE); // third page unmapped
    uint32_t flags_after_hole = 0;
    vmm_lookup(space, virt, NULL, &flags_after_hole);
    space_destroy(space);
    KTEST_ASSERT_EQ(changed, 0);
    KTEST_ASSERT_EQ(flags, VMM_USER | VMM_EXEC | VMM_OWNED);
    KTEST_ASSERT_EQ(phys_after, phys_before);
    KTEST_ASSERT_EQ(hole, -ENOENT);
    KTEST_ASSERT_EQ(flags_after_hole, VMM_USER | VMM_EXEC | VMM_OWNED);
}

KTEST(vmm, next_fit_placement)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    uint64_t a = vmm_alloc(space, 0, 3, VMM_WRITE | VMM_USER);
    uint64_t b = vmm_alloc(space, 0, 1, VMM_WRITE | VMM_USER);
    // Something in the way just after b: the next search must skip it.
    uint64_t page = pmm_alloc();
    vmm_map(space, b + PAGE_SIZE, page, 1, VMM_OWNED, 0);
    uint64_t c = vmm_alloc(space, 0, 2, VMM_WRITE | VMM_USER);
    // Freeing a does not send the search back: next fit goes on from c.
    vmm_unmap(space, a, 3);
    uint64_t d = vmm_alloc(space, 0, 1, VMM_WRITE | VMM_USER);
    space_destroy(space);
    KTEST_ASSERT_EQ(a, VMM_USER_ALLOC_START);
    KTEST_ASSERT_EQ(b, a + 3 * PAGE_SIZE);
    KTEST_ASSERT_EQ(c, b + 2 * PAGE_SIZE);
    KTEST_ASSERT_EQ(d, c + 2 * PAGE_SIZE);
}

KTEST(vmm, alloc_gives_zeroed_writable_memory)
{
    // In the kernel's heap region, so it can be touched right away.
    space_t* kernel = vmm_kernel_space();
    uint64_t virt = vmm_alloc(kernel, 0, 4, VMM_WRITE);
    KTEST_ASSERT(virt >= VMM_HEAP_START && virt < VMM_HEAP_END);
    uint8_t* bytes = (uint8_t*)virt;
    bool zeroed = true;
    for (uint64_t i = 0; i < 4 * PAGE_SIZE; i++)
    {
        zeroed = zeroed && bytes[i] == 0;
    }
    memset(bytes, 0xA5, 4 * PAGE_SIZE);
    vmm_unmap(kernel, virt, 4);
    KTEST_ASSERT(zeroed);
}

KTEST(vmm, kernel_sections_protected)
{
    space_t* kernel = vmm_kernel_space();
    uint32_t text = 0;
    uint32_t rodata = 0;
    uint32_t data = 0;
    KTEST_ASSERT(vmm_lookup(kernel, (uint64_t)&kmain, NULL, &text));
    KTEST_ASSERT(vmm_lookup(kernel, (uint64_t)console_font_data, NULL, &rodata));
    KTEST_ASSERT(vmm_lookup(kernel, (uint64_t)__data_start, NULL, &data));
    KTEST_ASSERT_EQ(text, VMM_EXEC);
    KTEST_ASSERT_EQ(rodata, 0);
    KTEST_ASSERT_EQ(data, VMM_WRITE);
}

KTEST(vmm, direct_map_covers_memory)
{
    uint64_t page = pmm_alloc();
    uint64_t phys = 0;
    uint32_t flags = 0;
    bool found = vmm_lookup(vmm_kernel_space(), (uint64_t)PHYS_TO_VIRT(page) + 8, &phys, &flags);
    pmm_free(page);
    KTEST_ASSERT(found);
    KTEST_ASSERT_EQ(phys, page);
    KTEST_ASSERT_EQ(flags, VMM_WRITE);
}

KTEST(vmm, new_space_shares_kernel_half)
{
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    // A kernel mapping made after the space was created is visible in it.
    uint64_t virt = vmm_alloc(vmm_kernel_space(), 0, 1, VMM_WRITE);
    uint64_t kernel_phys = 0;
    uint64_t space_phys = 0;
    vmm_lookup(vmm_kernel_space(), virt, &kernel_phys, NULL);
    bool seen = vmm_lookup(space, virt, &space_phys, NULL);
    space_load(space);
    *(volatile uint64_t*)virt = 42; // and usable with the space loaded
    space_load(vmm_kernel_space());
    uint64_t value = *(volatile uint64_t*)virt;
    vmm_unmap(vmm_kernel_space(), virt, 1);
    space_destroy(space);
    KTEST_ASSERT(seen);
    KTEST_ASSERT_EQ(space_phys, kernel_phys);
    KTEST_ASSERT_EQ(value, 42);
}

KTEST(vmm, space_teardown_returns_every_page)
{
    heap_trim(); // cached empty slabs would blur the count
    uint64_t before = pmm_free_count();
    space_t* space = space_create();
    KTEST_ASSERT(space != NULL);
    // Scattered mappings: several page tables at every level.
    vmm_alloc(space, 0x400000, 8, VMM_WRITE | VMM_USER);
    vmm_alloc(space, 0x0000100000000000ULL, 3, VMM_USER);
    vmm_alloc(space, 0x00007FF000000000ULL, 600, VMM_WRITE | VMM_USER);
    space_destroy(space);
    heap_trim();
    KTEST_ASSERT_EQ(pmm_free_count(), before);
}
