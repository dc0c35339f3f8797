#include "shm.h"

#include <kernel/fs/vfs.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/space.h>
#include <kernel/mem/vmm.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

// Two spaces map one object: a write through one is seen through the
// other, and once the handle is closed and both spaces are gone, every
// page is back and sys:/shm/<id> has gone.
KTEST(shm, two_spaces_share_then_everything_is_freed)
{
    heap_trim();
    uint64_t free_before = pmm_free_count();
    uint64_t objects_before = shm_count();
    file_t* handle;
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/shm/new", &handle), 0);
    char id[24] = {0};
    KTEST_ASSERT(file_read(handle, id, sizeof(id) - 1) > 0);
    char path[64];
    snprintf(path, sizeof(path), "sys:/shm/%s/data", id);
    file_t* other;
    KTEST_ASSERT_EQ(vfs_open(NULL, path, &other), 0);

    space_t* first = space_create();
    space_t* second = space_create();
    KTEST_ASSERT(first != NULL && second != NULL);
    int64_t a = file_mmap(handle, first, 4, VMM_USER | VMM_WRITE);
    int64_t b = file_mmap(other, second, 4, VMM_USER | VMM_WRITE);
    int64_t too_big = file_mmap(other, second, 5, VMM_USER | VMM_WRITE);
    KTEST_ASSERT(a > 0 && b > 0);
    KTEST_ASSERT_EQ(too_big, -EINVAL);
    uint64_t phys_a = 0, phys_b = 0;
    KTEST_ASSERT(vmm_lookup(first, (uint64_t)a + 3 * PAGE_SIZE, &phys_a, NULL));
    KTEST_ASSERT(vmm_lookup(second, (uint64_t)b + 3 * PAGE_SIZE, &phys_b, NULL));
    KTEST_ASSERT_EQ(phys_a, phys_b);
    *(volatile uint32_t*)PHYS_TO_VIRT(phys_a) = 0xC0FFEE;
    KTEST_ASSERT_EQ(*(volatile uint32_t*)PHYS_TO_VIRT(phys_b), 0xC0FFEE);

    file_put(handle);
    file_put(other);
    KTEST_ASSERT_EQ(shm_count(), objects_before + 1); // still mapped
    KTEST_ASSERT_EQ(vmm_unmap(first, (uint64_t)a, 4), 0);
    space_destroy(second); // its mapping goes with it
    space_destroy(first);
    KTEST_ASSERT_EQ(shm_count(), objects_before);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, path, &info), -ENOENT);
    heap_trim();
    KTEST_ASSERT_EQ(pmm_free_count(), free_before);
}

KTEST(shm, unmapped_object_goes_with_its_handle)
{
    uint64_t objects_before = shm_count();
    file_t* handle;
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/shm/new", &handle), 0);
    KTEST_ASSERT_EQ(shm_count(), objects_before + 1);
    file_put(handle);
    KTEST_ASSERT_EQ(shm_count(), objects_before);
}
