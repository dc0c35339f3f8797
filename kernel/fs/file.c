#include "file.h"

#include <kernel/mem/heap.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

file_t* file_new(const file_ops_t* ops, void* object, uint32_t flags)
{
    file_t* file = kcalloc(1, sizeof(file_t));
    if (file == NULL)
    {
        return NULL;
    }
    file->ops = ops;
    file->refs = 1;
    file->flags = flags;
    mutex_init(&file->lock);
    file->offset = 0;
    file->object = object;
    return file;
}

void file_ref(file_t* file)
{
    __atomic_fetch_add(&file->refs, 1, __ATOMIC_RELAXED);
}

void file_free(file_t* file)
{
    kfree(file);
}

void file_put(file_t* file)
{
    if (file == NULL)
    {
        return;
    }
    // Acquire-release: whatever the other holders did to the file happens
    // before the close hook sees it.
    if (__atomic_sub_fetch(&file->refs, 1, __ATOMIC_ACQ_REL) != 0)
    {
        return;
    }
    if (file->ops->close != NULL)
    {
        file->ops->close(file);
    }
    kfree(file);
}

ssize_t file_read(file_t* file, void* buffer, size_t count)
{
    if (file->ops->read == NULL)
    {
        return -EINVAL;
    }
    if (file->ops->concurrent)
    {
        return file->ops->read(file, buffer, count);
    }
    if (mutex_lock_interruptible(&file->lock) != 0)
    {
        return -EINTR;
    }
    ssize_t result = file->ops->read(file, buffer, count);
    mutex_unlock(&file->lock);
    return result;
}

ssize_t file_write(file_t* file, const void* buffer, size_t count)
{
    if (file->ops->write == NULL)
    {
        return -EINVAL;
    }
    if (file->ops->concurrent)
    {
        return file->ops->write(file, buffer, count);
    }
    if (mutex_lock_interruptible(&file->lock) != 0)
    {
        return -EINTR;
    }
    ssize_t result = file->ops->write(file, buffer, count);
    mutex_unlock(&file->lock);
    return result;
}

int64_t file_seek(file_t* file, int64_t offset, int origin)
{
    if (file->ops->seek == NULL)
    {
        return -ESPIPE;
    }
    if (mutex_lock_interruptible(&file->lock) != 0)
    {
        return -EINTR;
    }
    int64_t result = file->ops->seek(file, offset, origin);
    mutex_unlock(&file->lock);
    return result;
}

ssize_t file_readdir(file_t* file, stat_t* entries, size_t count)
{
    if (file->ops->readdir == NULL)
    {
        return -ENOTDIR;
    }
    if (mutex_lock_interruptible(&file->lock) != 0)
    {
        return -EINTR;
    }
    ssize_t result = file->ops->readdir(file, entries, count);
    mutex_unlock(&file->lock);
    return result;
}

uint16_t file_poll(file_t* file)
{
    if (file->ops->poll == NULL)
    {
        return POLL_READ | POLL_WRITE;
    }
    return file->ops->poll(file);
}

int64_t file_mmap(file_t* file, struct space* space, uint64_t pages, uint32_t flags)
{
    if (file->ops->mmap == NULL)
    {
        return -EINVAL;
    }
    return file->ops->mmap(file, space, pages, flags);
}

uint32_t file_kind_stat_type(file_kind_t kind)
{
    switch (kind)
    {
    case FILE_KIND_CONSOLE:
        return STAT_CONSOLE;
    case FILE_KIND_PIPE:
        return STAT_PIPE;
    case FILE_KIND_REGULAR:
        return STAT_FILE;
    case FILE_KIND_DIR:
        return STAT_DIR;
    case FILE_KIND_DEVICE:
    default:
        return STAT_DEVICE;
    }
}

int file_stat(file_t* file, stat_t* info)
{
    memset(info, 0, sizeof(*info));
    info->type = file_kind_stat_type(file->ops->kind);
    return file->ops->stat != NULL ? file->ops->stat(file, info) : 0;
}

int file_truncate(file_t* file, uint64_t length)
{
    return file->ops->truncate != NULL ? file->ops->truncate(file, length) : -EINVAL;
}

uint32_t file_flags(const file_t* file)
{
    return __atomic_load_n(&file->flags, __ATOMIC_ACQUIRE);
}

uint32_t file_flags_change(file_t* file, uint32_t set, uint32_t clear)
{
    set &= FILE_STATUS_FLAGS;
    clear &= FILE_STATUS_FLAGS;
    uint32_t old = __atomic_load_n(&file->flags, __ATOMIC_RELAXED);
    uint32_t new;
    do
    {
        new = (old | set) & ~clear;
    } while (!__atomic_compare_exchange_n(&file->flags, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED));
    return new;
}

ssize_t file_read_text(file_t* file, void* buffer, size_t count, const char* text, size_t length)
{
    if (file->offset >= length)
    {
        return 0;
    }
    size_t available = length - file->offset;
    size_t done = count < available ? count : available;
    memcpy(buffer, text + file->offset, done);
    file->offset += done;
    return (ssize_t)done;
}

ssize_t file_read_number(file_t* file, void* buffer, size_t count, uint64_t value)
{
    char text[24];
    int length = snprintf(text, sizeof(text), "%lu", (unsigned long)value);
    return file_read_text(file, buffer, count, text, (size_t)length);
}

int64_t file_seek_within(file_t* file, int64_t offset, int origin, uint64_t size)
{
    int64_t base;
    switch (origin)
    {
    case SEEK_SET:
        base = 0;
        break;
    case SEEK_CUR:
        base = (int64_t)file->offset;
        break;
    case SEEK_END:
        base = (int64_t)size;
        break;
    default:
        return -EINVAL;
    }
    int64_t target;
    if (__builtin_add_overflow(base, offset, &target) || target < 0)
    {
        return -EINVAL;
    }
    file->offset = (uint64_t)target;
    return target;
}
