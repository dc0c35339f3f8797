// The operations of open ramfs files and directories. file->object is
// the node, with a reference the file holds until it is closed; the
// caller holds file->lock, so file->offset is ours to use.
#include "ramfs_node.h"


#include <errno.h>
#include <string.h>

static ssize_t ramfs_file_read(file_t* file, void* buffer, size_t count)
{
    ramfs_node_t* node = file->object;
    rwlock_read_lock(&node->fs->lock);
    size_t done = ramfs_data_read(node, file->offset, buffer, count);
    rwlock_read_unlock(&node->fs->lock);
    file->offset += done;
    return (ssize_t)done;
}

static ssize_t ramfs_file_write(file_t* file, const void* buffer, size_t count)
{
    ramfs_node_t* node = file->object;
    rwlock_write_lock(&node->fs->lock);
    if (file_flags(file) & FILE_APPEND)
    {
        file->offset = node->size; // under the lock, so appenders never overlap
    }
    uint64_t end = file->offset + count;
    ssize_t result = 0;
    if (end < file->offset || end > RAMFS_FILE_MAX)
    {
        result = -EFBIG;
    }
    else
    {
        result = ramfs_data_write(node, file->offset, buffer, count);
    }
    if (result > 0)
    {
        file->offset += (uint64_t)result;
    }
    rwlock_write_unlock(&node->fs->lock);
    return result;
}

static int64_t ramfs_file_seek(file_t* file, int64_t offset, int origin)
{
    ramfs_node_t* node = file->object;
    rwlock_read_lock(&node->fs->lock);
    uint64_t size = node->is_dir ? node->child_count : node->size;
    rwlock_read_unlock(&node->fs->lock);
    return file_seek_within(file, offset, origin, size);
}

static int ramfs_file_stat(file_t* file, stat_t* info)
{
    ramfs_node_t* node = file->object;
    rwlock_read_lock(&node->fs->lock);
    ramfs_node_stat(node, info);
    rwlock_read_unlock(&node->fs->lock);
    return 0;
}

// Under the tree's lock held alone, like a write: a read sees the file
// before or after, never half-resized.
static int ramfs_file_truncate(file_t* file, uint64_t length)
{
    ramfs_node_t* node = file->object;
    rwlock_write_lock(&node->fs->lock);
    int result = ramfs_data_resize(node, length);
    rwlock_write_unlock(&node->fs->lock);
    return result;
}

static void ramfs_file_close(file_t* file)
{
    ramfs_node_put(file->object);
}

const file_ops_t ramfs_file_ops = {
    .kind = FILE_KIND_REGULAR,
    .read = ramfs_file_read,
    .write = ramfs_file_write,
    .seek = ramfs_file_seek,
    .stat = ramfs_file_stat,
    .truncate = ramfs_file_truncate,
    .close = ramfs_file_close,
};

static ssize_t ramfs_dir_read(__attribute__((unused)) file_t* file, __attribute__((unused)) void* buffer,
    __attribute__((unused)) size_t count)
{
    return -EISDIR;
}

static ssize_t ramfs_dir_write(__attribute__((unused)) file_t* file, __attribute__((unused)) const void* buffer,
    __attribute__((unused)) size_t count)
{
    return -EISDIR;
}

static int ramfs_dir_truncate(__attribute__((unused)) file_t* file, __attribute__((unused)) uint64_t length)
{
    return -EISDIR;
}

// The offset counts entries. Entries made or removed between two calls
// may be missed or seen twice, as with any directory read in pieces.
static ssize_t ramfs_dir_readdir(file_t* file, stat_t* entries, size_t count)
{
    ramfs_node_t* dir = file->object;
    rwlock_read_lock(&dir->fs->lock);
    ramfs_node_t* child = dir->children;
    for (uint64_t i = 0; i < file->offset && child != NULL; i++)
    {
        child = child->next;
    }
    size_t given = 0;
    for (; given < count && child != NULL; given++, child = child->next)
    {
        ramfs_node_stat(child, &entries[given]);
    }
    rwlock_read_unlock(&dir->fs->lock);
    file->offset += given;
    return (ssize_t)given;
}

const file_ops_t ramfs_dir_ops = {
    .kind = FILE_KIND_DIR,
    .read = ramfs_dir_read,
    .write = ramfs_dir_write,
    .seek = ramfs_file_seek,
    .readdir = ramfs_dir_readdir,
    .stat = ramfs_file_stat,
    .truncate = ramfs_dir_truncate,
    .close = ramfs_file_close,
};
