#include "shm.h"

#include <kernel/fs/sysfs.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/space.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/panic.h>
#include <kernel/sched/mutex.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define SHM_PAGES_MAX (1ULL << 18) // 1 GiB

typedef struct
{
    uint64_t id;
    uint64_t refs;      /**< open files plus spaces mapping it (shm_lock) */
    mutex_t pages_lock; /**< guards pages and page_count */
    uint64_t* pages;    /**< physical pages, once mapped the first time */
    uint64_t page_count;
    sysfs_dir_t* dir;   /**< sys:/shm/<id> */
} shm_t;

// One lock for all objects: taking a reference must not race with the
// last one going (an open of sys:/shm/<id>/data while it is freed).
static mutex_t shm_lock;
static sysfs_dir_t* shm_dir;
static uint64_t next_id = 1;
static uint64_t live;

uint64_t shm_count(void)
{
    return __atomic_load_n(&live, __ATOMIC_RELAXED);
}

static void shm_free(shm_t* shm)
{
    sysfs_dir_remove(shm->dir); // waits for opens still in their hook
    for (uint64_t i = 0; i < shm->page_count; i++)
    {
        pmm_free(shm->pages[i]);
    }
    kfree(shm->pages);
    kfree(shm);
    __atomic_sub_fetch(&live, 1, __ATOMIC_RELAXED);
}

static void shm_put(shm_t* shm)
{
    mutex_lock(&shm_lock);
    bool last = --shm->refs == 0;
    mutex_unlock(&shm_lock);
    if (last)
    {
        shm_free(shm);
    }
}

// A space's last page of one mapping is gone (unmapped, or the space died).
static void shm_unmapped(void* data)
{
    shm_put(data);
}

static ssize_t shm_read_id(file_t* file, void* buffer, size_t count)
{
    shm_t* shm = file->private;
    return file_read_number(file, buffer, count, shm->id);
}

static int shm_allocate_committed(shm_t* shm, uint64_t pages)
{
    shm->pages = kcalloc(pages, sizeof(uint64_t));
    if (shm->pages == NULL)
    {
        return -ENOMEM;
    }
    for (uint64_t i = 0; i < pages; i++)
    {
        shm->pages[i] = pmm_alloc();
        if (shm->pages[i] == 0)
        {
            while (i-- > 0)
            {
                pmm_free(shm->pages[i]);
            }
            kfree(shm->pages);
            shm->pages = NULL;
            return -ENOMEM;
        }
        memset(PHYS_TO_VIRT(shm->pages[i]), 0, PAGE_SIZE);
    }
    shm->page_count = pages;
    return 0;
}

// The pages, allocated by the first mapping (the object's pages_lock
// held, not shm_lock: zeroing a large object takes a while, and other
// objects need not wait for it). They are user memory, so they are
// promised first (pmm_commit) like any other.
static int shm_allocate(shm_t* shm, uint64_t pages)
{
    if (!pmm_commit(pages))
    {
        return -ENOMEM;
    }
    int result = shm_allocate_committed(shm, pages);
    pmm_uncommit(pages); // taken now, or given back
    return result;
}

static int64_t shm_mmap(file_t* file, space_t* space, uint64_t pages, uint32_t flags)
{
    shm_t* shm = file->private;
    if (mutex_lock_interruptible(&shm->pages_lock) != 0)
    {
        return -EINTR;
    }
    int result = pages > SHM_PAGES_MAX ? -EINVAL : shm->pages == NULL ? shm_allocate(shm, pages)
                                                 : pages > shm->page_count ? -EINVAL : 0;
    mutex_unlock(&shm->pages_lock);
    if (result != 0)
    {
        return result;
    }
    mutex_lock(&shm_lock);
    shm->refs++; // the mapping's, dropped by its callback (the file's keeps it alive until here)
    mutex_unlock(&shm_lock);
    int callback = space_callback_new(space, shm_unmapped, shm);
    uint64_t virt = callback > 0 ? vmm_find_free(space, pages) : 0;
    if (callback <= 0)
    {
        shm_put(shm); // no callback to drop the mapping's reference
        return callback;
    }
    // From here the callback drops the reference: when the mapping's last
    // page goes, or, if none was mapped, when the space dies.
    if (virt == 0)
    {
        return -ENOMEM;
    }
    for (uint64_t i = 0; i < pages; i++)
    {
        result = vmm_map(space, virt + i * PAGE_SIZE, shm->pages[i], 1, flags, (uint8_t)callback);
        if (result != 0)
        {
            vmm_unmap(space, virt, i);
            return result;
        }
    }
    return (int64_t)virt;
}

static int shm_data_open(file_t* file)
{
    shm_t* shm = file->data;
    mutex_lock(&shm_lock);
    int result = shm->refs > 0 ? 0 : -ENOENT; // already on its way out
    shm->refs += result == 0;
    mutex_unlock(&shm_lock);
    file->private = shm;
    return result;
}

static void shm_file_close(file_t* file)
{
    shm_put(file->private);
}

static const file_ops_t shm_data_ops = {
    .open = shm_data_open, .read = shm_read_id, .mmap = shm_mmap, .close = shm_file_close};

// Opening sys:/shm/new makes an object; the handle holds the first reference.
static int shm_new_open(file_t* file)
{
    shm_t* shm = kcalloc(1, sizeof(shm_t));
    if (shm == NULL)
    {
        return -ENOMEM;
    }
    mutex_init(&shm->pages_lock);
    mutex_lock(&shm_lock);
    shm->id = next_id++;
    shm->refs = 1;
    mutex_unlock(&shm_lock);
    char name[24];
    snprintf(name, sizeof(name), "%lu", (unsigned long)shm->id);
    shm->dir = sysfs_dir_new(shm_dir, name);
    if (shm->dir == NULL || sysfs_file_new(shm->dir, "data", &shm_data_ops, shm) != 0)
    {
        if (shm->dir != NULL)
        {
            sysfs_dir_remove(shm->dir);
        }
        kfree(shm);
        return -ENOMEM;
    }
    __atomic_add_fetch(&live, 1, __ATOMIC_RELAXED);
    file->private = shm;
    return 0;
}

static const file_ops_t shm_new_ops = {
    .open = shm_new_open, .read = shm_read_id, .mmap = shm_mmap, .close = shm_file_close};

void shm_init(void)
{
    mutex_init(&shm_lock);
    shm_dir = sysfs_dir_new(NULL, "shm");
    if (shm_dir == NULL || sysfs_file_new(shm_dir, "new", &shm_new_ops, NULL) != 0)
    {
        panic("shm: cannot make sys:/shm/new");
    }
}
