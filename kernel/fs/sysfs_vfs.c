// sys: as the VFS sees it: mounting, opening, stat, and open directories.
// Users cannot change it (mkdir, remove and create fail with -EPERM).
#include "sysfs.h"
#include "sysfs_node.h"

#include <kernel/mem/heap.h>

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

int sysfs_mount(const char* label, const sysdev_table_t* table)
{
    if (!sysfs_table_valid(table))
    {
        return -EINVAL;
    }
    return vfs_mount(label, &sysfs_root_ops, (void*)table);
}

// ---- open directories: file->object is a copy of the node --------------

static ssize_t sysfs_dir_read(file_t* file, void* buffer, size_t count)
{
    (void)file, (void)buffer, (void)count;
    return -EISDIR;
}

static ssize_t sysfs_dir_write(file_t* file, const void* buffer, size_t count)
{
    (void)file, (void)buffer, (void)count;
    return -EISDIR;
}

static int64_t sysfs_dir_seek(file_t* file, int64_t offset, int origin)
{
    return file_seek_within(file, offset, origin, sysfs_node_list(file->object, 0, NULL, SIZE_MAX));
}

// The offset counts entries. They are made as they are read, so a
// directory of objects shows those alive at that moment (and none once
// the directory's own object has gone).
static ssize_t sysfs_dir_readdir(file_t* file, stat_t* entries, size_t count)
{
    size_t given = sysfs_node_list(file->object, file->offset, entries, count);
    file->offset += given;
    return (ssize_t)given;
}

static int sysfs_dir_stat(file_t* file, stat_t* info)
{
    sysfs_node_stat(file->object, info);
    return 0;
}

static void sysfs_dir_close(file_t* file)
{
    kfree(file->object);
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

static int sysfs_open_dir(const sysfs_node_t* node, uint32_t flags, file_t** out)
{
    sysfs_node_t* copy = kmalloc(sizeof(sysfs_node_t));
    file_t* file = copy != NULL ? file_new(&sysfs_dir_ops, copy, flags) : NULL;
    if (file == NULL)
    {
        kfree(copy);
        return -ENOMEM;
    }
    *copy = *node;
    *out = file;
    return 0;
}

// The file gets its device's operations; the open hook finds its object
// by the id the path named (and may refuse: the object has gone).
static int sysfs_open_file(const sysfs_node_t* node, uint32_t flags, file_t** out)
{
    const file_ops_t* ops = node->entry.ops;
    file_t* file = file_new(ops, NULL, flags);
    if (file == NULL)
    {
        return -ENOMEM;
    }
    int result = ops->open != NULL ? ops->open(file, node->entry.qid.id) : 0;
    if (result < 0)
    {
        file_free(file);
        return result;
    }
    *out = file;
    return 0;
}

static int sysfs_open(vfs_root_t* root, const char* path, uint32_t flags, file_t** out)
{
    sysfs_node_t node;
    int result = sysfs_lookup(root->private, path, &node);
    if (result == -ENOENT && (flags & FILE_CREATE))
    {
        result = -EPERM;
    }
    if (result == 0 && (flags & FILE_EXCL))
    {
        result = -EEXIST; // create is implied: the VFS refuses excl alone
    }
    bool dir = result == 0 && sysfs_node_is_dir(&node);
    if (dir && (flags & FILE_TRUNC))
    {
        result = -EISDIR;
    }
    if (result == 0 && !dir && (flags & FILE_DIR))
    {
        result = -ENOTDIR;
    }
    if (result < 0)
    {
        return result;
    }
    return dir ? sysfs_open_dir(&node, flags, out) : sysfs_open_file(&node, flags, out);
}

static int sysfs_stat(vfs_root_t* root, const char* path, stat_t* info)
{
    sysfs_node_t node;
    int result = sysfs_lookup(root->private, path, &node);
    if (result == 0)
    {
        sysfs_node_stat(&node, info);
    }
    return result;
}

static int sysfs_refuse(vfs_root_t* root, const char* path)
{
    (void)root, (void)path;
    return -EPERM;
}

const vfs_root_ops_t sysfs_root_ops = {
    .open = sysfs_open,
    .stat = sysfs_stat,
    .mkdir = sysfs_refuse,
    .remove = sysfs_refuse,
    .rename = NULL, // -EPERM: users do not change sys:
};
