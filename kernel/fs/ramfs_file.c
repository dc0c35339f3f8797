// The operations of open ramfs files and directories. file->private is
// the node, with a reference the file holds until it is closed; the
// caller holds file->lock, so file->offset is ours to use.
#include "ramfs_node.h"

#include <kernel/mem/heap.h>

#include <errno.h>
#include <string.h>

static ssize_t ramfs_file_read(file_t* file, void* buffer, size_t count)
{
    ramfs_node_t* node = file->private;
    rwlock_read_lock(&node->fs->lock);
    size_t done = 0;
    if (file->offset < node->size)
    {
        uint64_t available = node->size - file->offset;
        done = count < available ? count : available;
        memcpy(buffer, node->data + file->offset, done);
    }
    rwlock_read_unlock(&node->fs->lock);
    file->offset += done;
    return (ssize_t)done;
}

// Make room for @p end bytes. The capacity at least doubles, so a file
// written a piece at a time is copied O(log n) times, not once per write.
static int ramfs_file_reserve(ramfs_node_t* node, uint64_t end)
{
    if (end <= node->capacity)
    {
        return 0;
    }
    uint64_t capacity = node->capacity * 2;
    capacity = capacity < 64 ? 64 : capacity;
    capacity = capacity < end ? end : capacity;
    capacity = capacity > RAMFS_FILE_MAX ? RAMFS_FILE_MAX : capacity;
    uint8_t* data = krealloc(node->data, capacity);
    if (data == NULL)
    {
        return -ENOMEM;
    }
    node->data = data;
    node->capacity = capacity;
    return 0;
}

static ssize_t ramfs_file_write(file_t* file, const void* buffer, size_t count)
{
    ramfs_node_t* node = file->private;
    rwlock_write_lock(&node->fs->lock);
    if (file->flags & FILE_APPEND)
    {
        file->offset = node->size; // under the lock, so appenders never overlap
    }
    uint64_t end = file->offset + count;
    int result = 0;
    if (end < file->offset || end > RAMFS_FILE_MAX)
    {
        result = -EFBIG;
    }
    if (result == 0 && count > 0)
    {
        result = ramfs_file_reserve(node, end);
    }
    if (result == 0 && count > 0)
    {
        // A write past the end leaves a hole that reads as zeroes.
        if (file->offset > node->size)
        {
            memset(node->data + node->size, 0, file->offset - node->size);
        }
        memcpy(node->data + file->offset, buffer, count);
        node->size = end > node->size ? end : node->size;
        file->offset = end;
    }
    rwlock_write_unlock(&node->fs->lock);
    return result < 0 ? result : (ssize_t)count;
}

static int64_t ramfs_file_seek(file_t* file, int64_t offset, int origin)
{
    ramfs_node_t* node = file->private;
    rwlock_read_lock(&node->fs->lock);
    uint64_t size = node->is_dir ? node->child_count : node->size;
    rwlock_read_unlock(&node->fs->lock);
    return file_seek_within(file, offset, origin, size);
}

static void ramfs_file_close(file_t* file)
{
    ramfs_node_put(file->private);
}

const file_ops_t ramfs_file_ops = {
    .read = ramfs_file_read,
    .write = ramfs_file_write,
    .seek = ramfs_file_seek,
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

// The offset counts entries. Entries made or removed between two calls
// may be missed or seen twice, as with any directory read in pieces.
static ssize_t ramfs_dir_readdir(file_t* file, stat_t* entries, size_t count)
{
    ramfs_node_t* dir = file->private;
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
    .read = ramfs_dir_read,
    .write = ramfs_dir_write,
    .seek = ramfs_file_seek,
    .readdir = ramfs_dir_readdir,
    .close = ramfs_file_close,
};
