// sys: as the VFS sees it: opening, stat, and open directories. Users
// cannot change the tree (mkdir, remove and create fail with -EPERM);
// only the kernel's subsystems build it, through sysfs.h.
#include "sysfs_node.h"

#include <errno.h>
#include <stddef.h>

static ssize_t sysfs_dir_read(__attribute__((unused)) file_t* file, __attribute__((unused)) void* buffer,
    __attribute__((unused)) size_t count)
{
    return -EISDIR;
}

static ssize_t sysfs_dir_write(__attribute__((unused)) file_t* file, __attribute__((unused)) const void* buffer,
    __attribute__((unused)) size_t count)
{
    return -EISDIR;
}

static int64_t sysfs_dir_seek(file_t* file, int64_t offset, int origin)
{
    sysfs_node_t* dir = file->private;
    rwlock_read_lock(&sysfs_lock);
    uint64_t count = dir->child_count;
    rwlock_read_unlock(&sysfs_lock);
    return file_seek_within(file, offset, origin, count);
}

// The offset counts entries; a removed directory reads as empty.
static ssize_t sysfs_dir_readdir(file_t* file, stat_t* entries, size_t count)
{
    sysfs_node_t* dir = file->private;
    rwlock_read_lock(&sysfs_lock);
    sysfs_node_t* child = dir->children;
    for (uint64_t i = 0; i < file->offset && child != NULL; i++)
    {
        child = child->next;
    }
    size_t given = 0;
    for (; given < count && child != NULL; given++, child = child->next)
    {
        sysfs_node_stat(child, &entries[given]);
    }
    rwlock_read_unlock(&sysfs_lock);
    file->offset += given;
    return (ssize_t)given;
}

static int sysfs_dir_stat(file_t* file, stat_t* info)
{
    rwlock_read_lock(&sysfs_lock);
    sysfs_node_stat(file->private, info);
    rwlock_read_unlock(&sysfs_lock);
    return 0;
}

static void sysfs_dir_close(file_t* file)
{
    sysfs_dir_put(file->private);
}

static const file_ops_t sysfs_dir_ops = {
    .kind = FILE_KIND_DIR,
    .read = sysfs_dir_read,
    .write = sysfs_dir_write,
    .seek = sysfs_dir_seek,
    .readdir = sysfs_dir_readdir,
    .stat = sysfs_dir_stat,
    .close = sysfs_dir_close,
};

static int sysfs_open_dir(sysfs_node_t* dir, uint32_t flags, file_t** out)
{
    file_t* file = file_new(&sysfs_dir_ops, dir, flags);
    if (file == NULL)
    {
        sysfs_dir_put(dir);
        return -ENOMEM;
    }
    *out = file;
    return 0;
}

// The file gets the subsystem's ops and data; its open hook may refuse.
// Called without sysfs_lock, so the hook may add or remove entries.
static int sysfs_open_file(sysfs_node_t* node, uint32_t flags, file_t** out)
{
    file_t* file = file_new(node->ops, NULL, flags);
    int result = file != NULL ? 0 : -ENOMEM;
    if (file != NULL)
    {
        file->data = node->data;
        if (file->ops->open != NULL)
        {
            result = file->ops->open(file);
        }
        if (result < 0)
        {
            file_free(file);
        }
    }
    sysfs_open_end(node);
    if (result == 0)
    {
        *out = file;
    }
    return result;
}

static int sysfs_open(__attribute__((unused)) vfs_root_t* root, const char* path, uint32_t flags, file_t** out)
{
    rwlock_read_lock(&sysfs_lock);
    sysfs_node_t* node;
    int result = sysfs_find(path, &node);
    if (result == -ENOENT && (flags & FILE_CREATE))
    {
        result = -EPERM;
    }
    if (result == 0 && (flags & FILE_EXCL))
    {
        result = -EEXIST; // create is implied: the VFS refuses excl alone
    }
    if (result == 0 && node->is_dir && (flags & FILE_TRUNC))
    {
        result = -EISDIR;
    }
    if (result == 0 && !node->is_dir && (flags & FILE_DIR))
    {
        result = -ENOTDIR;
    }
    if (result == 0)
    {
        // Keep the node until the open is done: a directory by reference,
        // a file by counting the open (see sysfs_node.h).
        if (node->is_dir)
        {
            sysfs_dir_ref(node);
        }
        else
        {
            sysfs_open_begin(node);
        }
    }
    rwlock_read_unlock(&sysfs_lock);
    if (result < 0)
    {
        return result;
    }
    return node->is_dir ? sysfs_open_dir(node, flags, out) : sysfs_open_file(node, flags, out);
}

static int sysfs_stat(__attribute__((unused)) vfs_root_t* root, const char* path, stat_t* info)
{
    rwlock_read_lock(&sysfs_lock);
    sysfs_node_t* node;
    int result = sysfs_find(path, &node);
    if (result == 0)
    {
        sysfs_node_stat(node, info);
    }
    rwlock_read_unlock(&sysfs_lock);
    return result;
}

static int sysfs_refuse(__attribute__((unused)) vfs_root_t* root, __attribute__((unused)) const char* path)
{
    return -EPERM;
}

const vfs_root_ops_t sysfs_root_ops = {
    .open = sysfs_open,
    .stat = sysfs_stat,
    .mkdir = sysfs_refuse,
    .remove = sysfs_refuse,
    .rename = NULL, // -EPERM: users do not change sys:
};
