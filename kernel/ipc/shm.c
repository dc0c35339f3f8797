#include "shm.h"

#include <kernel/fs/idlist.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/space.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/panic.h>
#include <kernel/sched/mutex.h>

#include <errno.h>
#include <string.h>

#define SHM_PAGES_MAX (1ULL << 18) // 1 GiB

typedef struct
{
    idlist_link_t link;    /**< in objects, its id: sys:/shm/<id> */
    volatile uint64_t refs; /**< open files plus spaces mapping it (atomic) */
    mutex_t pages_lock;    /**< guards pages and page_count */
    uint64_t* pages;       /**< physical pages, once mapped the first time */
    uint64_t page_count;
} shm_t;

// Every object with a reference left: the directory sys:/shm lists them,
// and opening <id>/data finds one here.
static idlist_t objects = IDLIST_INIT;
static uint64_t live;

uint64_t shm_count(void)
{
    return __atomic_load_n(&live, __ATOMIC_RELAXED);
}

// The last reference went: out of the list first, so no open finds it.
static void shm_free(shm_t* shm)
{
    idlist_remove(&objects, &shm->link);
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
    if (__atomic_sub_fetch(&shm->refs, 1, __ATOMIC_ACQ_REL) == 0)
    {
        shm_free(shm);
    }
}

// A reference for an open of <id>/data, taken under the list's lock:
// none once the count has reached zero (shm_free is on its way).
static bool shm_take(idlist_link_t* link)
{
    shm_t* shm = IDLIST_OBJECT(link, shm_t, link);
    uint64_t refs = __atomic_load_n(&shm->refs, __ATOMIC_RELAXED);
    do
    {
        if (refs == 0)
        {
            return false;
        }
    } while (!__atomic_compare_exchange_n(&shm->refs, &refs, refs + 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED));
    return true;
}

// A space's last page of one mapping is gone (unmapped, or the space died).
static void shm_unmapped(void* data)
{
    shm_put(data);
}

static ssize_t shm_read_id(file_t* file, void* buffer, size_t count)
{
    shm_t* shm = file->object;
    return file_read_number(file, buffer, count, shm->link.id);
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
// held: zeroing a large object takes a while, and only mappings of this
// one wait for it). They are user memory, so they are promised first
// (pmm_commit) like any other.
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
    shm_t* shm = file->object;
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
    // The mapping's reference, dropped by its callback (the file's keeps
    // the count above zero until here).
    __atomic_add_fetch(&shm->refs, 1, __ATOMIC_ACQ_REL);
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

// sys:/shm/<id>/data: the object, if it still has a reference.
static int shm_data_open(file_t* file, uint64_t id)
{
    idlist_link_t* link = idlist_get(&objects, id, shm_take);
    if (link == NULL)
    {
        return -ENOENT;
    }
    file->object = IDLIST_OBJECT(link, shm_t, link);
    return 0;
}

static void shm_file_close(file_t* file)
{
    shm_put(file->object);
}

static const file_ops_t shm_data_ops = {
    .open = shm_data_open, .read = shm_read_id, .mmap = shm_mmap, .close = shm_file_close};

// Opening sys:/shm/new makes an object; the handle holds the first reference.
static int shm_new_open(file_t* file, uint64_t id)
{
    (void)id;
    shm_t* shm = kcalloc(1, sizeof(shm_t));
    if (shm == NULL)
    {
        return -ENOMEM;
    }
    mutex_init(&shm->pages_lock);
    shm->refs = 1;
    __atomic_add_fetch(&live, 1, __ATOMIC_RELAXED);
    idlist_add(&objects, &shm->link);
    file->object = shm;
    return 0;
}

static const file_ops_t shm_new_ops = {
    .open = shm_new_open, .read = shm_read_id, .mmap = shm_mmap, .close = shm_file_close};

// ---- the device: sys:/shm/new and sys:/shm/<id>/data ----------------------

enum
{
    SHM_OBJECT = 1, /**< sys:/shm/<id> */
};

static const sysdev_file_t shm_root_files[] = {{"new", &shm_new_ops}};
static const sysdev_file_t shm_object_files[] = {{"data", &shm_data_ops}};

static bool shm_alive(uint64_t id)
{
    idlist_link_t* link = idlist_get(&objects, id, shm_take);
    if (link != NULL)
    {
        shm_put(IDLIST_OBJECT(link, shm_t, link));
    }
    return link != NULL;
}

static bool shm_id_at(uint64_t index, uint64_t* id)
{
    return idlist_id_at(&objects, index, id);
}

static const sysdev_objects_t shm_objects = {
    .root_files = shm_root_files,
    .root_count = sizeof(shm_root_files) / sizeof(shm_root_files[0]),
    .type = SHM_OBJECT,
    .files = shm_object_files,
    .count = sizeof(shm_object_files) / sizeof(shm_object_files[0]),
    .listed = shm_alive,
    .id_at = shm_id_at,
};

static int shm_gen(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    return sysdev_objects_gen(&shm_objects, dir, index, entry);
}

static int shm_walk(const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry)
{
    return sysdev_objects_walk(&shm_objects, dir, name, entry);
}

const sysdev_t shm_device = {.path = "shm", .gen = shm_gen, .walk = shm_walk};
