// sys: — the tree subsystems build (see sysfs_node.h for the locking).
#include "sysfs.h"

#include "path.h"
#include "sysfs_node.h"

#include <kernel/mem/heap.h>
#include <kernel/panic/panic.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/sync/spinlock.h>

#include <errno.h>
#include <stddef.h>
#include <string.h>

// All zeroes is an unlocked rwlock and an empty root, so subsystems may
// build their part of the tree even before sysfs_init mounts it.
rwlock_t sysfs_lock;

static sysfs_node_t sysfs_root_node = {.is_dir = true, .refs = 1};

// Opens in progress: counted per file node, waited for by sysfs_dir_remove.
static spinlock_t sysfs_open_lock = SPINLOCK_INIT;
static wait_queue_t sysfs_open_waiters;

sysfs_dir_t* sysfs_root(void)
{
    return &sysfs_root_node;
}

static sysfs_node_t* sysfs_child(const sysfs_node_t* dir, const char* name, size_t length)
{
    for (sysfs_node_t* child = dir->children; child != NULL; child = child->next)
    {
        if (strlen(child->name) == length && strncmp(child->name, name, length) == 0)
        {
            return child;
        }
    }
    return NULL;
}

int sysfs_find(const char* path, sysfs_node_t** out)
{
    sysfs_node_t* node = &sysfs_root_node;
    while (*path == '/' && path[1] != '\0')
    {
        path++;
        size_t length = strcspn(path, "/");
        if (!node->is_dir)
        {
            return -ENOTDIR;
        }
        node = sysfs_child(node, path, length);
        if (node == NULL)
        {
            return -ENOENT;
        }
        path += length;
    }
    *out = node;
    return 0;
}

// A node named @p name, linked at the end of @p dir; NULL if the name is
// bad or taken, or memory is out (*error says which). sysfs_lock held alone.
static sysfs_node_t* sysfs_add(sysfs_node_t* dir, const char* name, bool is_dir, int* error)
{
    if (!path_name_valid(name))
    {
        *error = -EINVAL;
        return NULL;
    }
    sysfs_node_t** link = &dir->children;
    for (; *link != NULL; link = &(*link)->next)
    {
        if (strcmp((*link)->name, name) == 0)
        {
            *error = -EEXIST;
            return NULL;
        }
    }
    sysfs_node_t* node = kcalloc(1, sizeof(sysfs_node_t));
    if (node == NULL)
    {
        *error = -ENOMEM;
        return NULL;
    }
    strcpy(node->name, name);
    node->is_dir = is_dir;
    node->refs = 1;
    node->parent = dir;
    *link = node;
    dir->child_count++;
    return node;
}

sysfs_dir_t* sysfs_dir_new(sysfs_dir_t* parent, const char* name)
{
    int error;
    rwlock_write_lock(&sysfs_lock);
    sysfs_node_t* dir = sysfs_add(parent != NULL ? parent : &sysfs_root_node, name, true, &error);
    rwlock_write_unlock(&sysfs_lock);
    return dir;
}

int sysfs_file_new(sysfs_dir_t* dir, const char* name, const file_ops_t* ops, void* data)
{
    int error = 0;
    rwlock_write_lock(&sysfs_lock);
    sysfs_node_t* file = sysfs_add(dir != NULL ? dir : &sysfs_root_node, name, false, &error);
    if (file != NULL)
    {
        file->ops = ops;
        file->data = data;
    }
    rwlock_write_unlock(&sysfs_lock);
    return file != NULL ? 0 : error;
}

// Empty @p dir, recursively: directories lose the tree's reference, file
// nodes go onto @p files for the caller to free. sysfs_lock held alone.
static void sysfs_detach_children(sysfs_node_t* dir, sysfs_node_t** files)
{
    sysfs_node_t* child = dir->children;
    dir->children = NULL;
    dir->child_count = 0;
    while (child != NULL)
    {
        sysfs_node_t* next = child->next;
        child->parent = NULL;
        if (child->is_dir)
        {
            sysfs_detach_children(child, files);
            sysfs_dir_put(child);
        }
        else
        {
            child->next = *files;
            *files = child;
        }
        child = next;
    }
}

void sysfs_dir_remove(sysfs_dir_t* dir)
{
    if (dir == NULL || dir == &sysfs_root_node)
    {
        panic("sysfs: the root of sys: cannot be removed");
    }
    sysfs_node_t* files = NULL;
    rwlock_write_lock(&sysfs_lock);
    sysfs_node_t** link = &dir->parent->children;
    while (*link != dir)
    {
        link = &(*link)->next;
    }
    *link = dir->next;
    dir->parent->child_count--;
    dir->parent = NULL;
    sysfs_detach_children(dir, &files);
    sysfs_dir_put(dir);
    rwlock_write_unlock(&sysfs_lock);

    // Nobody can find these files any more; wait for opens that already had.
    while (files != NULL)
    {
        sysfs_node_t* next = files->next;
        spin_lock(&sysfs_open_lock);
        while (files->opening > 0)
        {
            wait_block_uninterruptible(&sysfs_open_waiters, &sysfs_open_lock);
        }
        spin_unlock(&sysfs_open_lock);
        kfree(files);
        files = next;
    }
}

void sysfs_dir_ref(sysfs_node_t* dir)
{
    __atomic_fetch_add(&dir->refs, 1, __ATOMIC_RELAXED);
}

void sysfs_dir_put(sysfs_node_t* dir)
{
    if (__atomic_sub_fetch(&dir->refs, 1, __ATOMIC_ACQ_REL) == 0)
    {
        kfree(dir);
    }
}

void sysfs_open_begin(sysfs_node_t* node)
{
    spin_lock(&sysfs_open_lock);
    node->opening++;
    spin_unlock(&sysfs_open_lock);
}

void sysfs_open_end(sysfs_node_t* node)
{
    spin_lock(&sysfs_open_lock);
    if (--node->opening == 0 && !wait_queue_empty(&sysfs_open_waiters))
    {
        wait_wake(&sysfs_open_waiters, UINT32_MAX);
    }
    spin_unlock(&sysfs_open_lock);
}

void sysfs_node_stat(const sysfs_node_t* node, stat_t* info)
{
    memset(info, 0, sizeof(*info));
    strcpy(info->name, node->name);
    // A file's type is what its subsystem serves: sys: stores no plain files.
    info->type = node->is_dir ? STAT_DIR : node->ops != NULL ? file_kind_stat_type(node->ops->kind) : STAT_DEVICE;
    info->size = node->is_dir ? node->child_count : 0;
}

void sysfs_init(void)
{
    int result = vfs_mount("sys", &sysfs_root_ops, NULL);
    if (result < 0)
    {
        panic("sysfs: cannot mount sys: (%d)", result);
    }
}
