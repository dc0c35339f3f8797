// System calls for files. Data moves between user memory and the file
// systems through a per-thread bounce buffer: file operations only ever
// see kernel memory, so a bad user pointer can only fail a copy here.
#include "handlers.h"

#include <kernel/arch/clock.h>
#include <kernel/fs/vfs.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/user_copy.h>
#include <kernel/proc/fd.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <stddef.h>
#include <string.h>

#define SYS_IO_CHUNK (64 * 1024)
#define SYS_POLL_MAX MAX_FD
#define SYS_READDIR_MAX 64

static void* sys_io_buffer(void)
{
    thread_t* self = sched_current();
    if (self->io_buffer == NULL)
    {
        self->io_buffer = kmalloc(SYS_IO_CHUNK);
    }
    return self->io_buffer;
}

// The calling process's working directory, copied (it may change meanwhile).
static void sys_cwd(char cwd[MAX_PATH])
{
    process_t* process = process_current();
    spin_lock(&process->lock);
    memcpy(cwd, process->cwd, MAX_PATH);
    spin_unlock(&process->lock);
}

static int sys_copy_path(char path[MAX_PATH], const char* user_path)
{
    long length = user_copy_string(path, user_path, MAX_PATH);
    return length < 0 ? (int)length : 0;
}

int64_t sys_open(const char* user_path)
{
    char path[MAX_PATH], cwd[MAX_PATH];
    int result = sys_copy_path(path, user_path);
    if (result != 0)
    {
        return result;
    }
    sys_cwd(cwd);
    file_t* file;
    result = vfs_open(cwd, path, &file);
    if (result != 0)
    {
        return result;
    }
    fd_t fd = fd_install(process_current(), file);
    if (fd < 0)
    {
        file_put(file);
    }
    return fd;
}

int64_t sys_open2(const char* user_path, fd_t* user_fds)
{
    char path[MAX_PATH];
    int result = sys_copy_path(path, user_path);
    if (result != 0)
    {
        return result;
    }
    if (!user_range_valid(user_fds, 2 * sizeof(fd_t)))
    {
        return -EFAULT;
    }
    char cwd[MAX_PATH];
    sys_cwd(cwd);
    file_t* ends[2];
    result = vfs_open2(cwd, path, ends);
    if (result != 0)
    {
        return result;
    }
    process_t* process = process_current();
    fd_t fds[2] = {fd_install(process, ends[0]), -1};
    fds[1] = fds[0] >= 0 ? fd_install(process, ends[1]) : -EMFILE;
    if (fds[1] < 0 || user_copy_to(user_fds, fds, sizeof(fds)) != 0)
    {
        // Undo: close what was installed, drop what was not.
        result = fds[1] < 0 ? -EMFILE : -EFAULT;
        if (fds[0] >= 0)
        {
            fd_close(process, fds[0]);
        }
        else
        {
            file_put(ends[0]);
        }
        if (fds[1] >= 0)
        {
            fd_close(process, fds[1]);
        }
        else
        {
            file_put(ends[1]);
        }
        return result;
    }
    return 0;
}

int64_t sys_close(fd_t fd)
{
    return fd_close(process_current(), fd);
}

int64_t sys_read(fd_t fd, void* buffer, size_t count)
{
    uint8_t* user_buffer = buffer;
    if (!user_range_valid(user_buffer, count))
    {
        return -EFAULT;
    }
    file_t* file = fd_get(process_current(), fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    void* bounce = sys_io_buffer();
    ssize_t total = bounce == NULL ? -ENOMEM : 0;
    while (bounce != NULL && (size_t)total < count)
    {
        size_t chunk = count - total < SYS_IO_CHUNK ? count - total : SYS_IO_CHUNK;
        ssize_t got = file_read(file, bounce, chunk);
        if (got < 0)
        {
            total = total > 0 ? total : got;
            break;
        }
        if (user_copy_to(user_buffer + total, bounce, (size_t)got) != 0)
        {
            total = -EFAULT;
            break;
        }
        total += got;
        if ((size_t)got < chunk)
        {
            break; // a short read: do not wait for more
        }
    }
    file_put(file);
    return total;
}

int64_t sys_write(fd_t fd, const void* buffer, size_t count)
{
    const uint8_t* user_buffer = buffer;
    if (!user_range_valid(user_buffer, count))
    {
        return -EFAULT;
    }
    file_t* file = fd_get(process_current(), fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    void* bounce = sys_io_buffer();
    ssize_t total = bounce == NULL ? -ENOMEM : 0;
    while (bounce != NULL && (size_t)total < count)
    {
        size_t chunk = count - total < SYS_IO_CHUNK ? count - total : SYS_IO_CHUNK;
        if (user_copy_from(bounce, user_buffer + total, chunk) != 0)
        {
            total = total > 0 ? total : -EFAULT;
            break;
        }
        ssize_t done = file_write(file, bounce, chunk);
        if (done < 0)
        {
            total = total > 0 ? total : done;
            break;
        }
        total += done;
        if ((size_t)done < chunk)
        {
            break;
        }
    }
    file_put(file);
    return total;
}

int64_t sys_seek(fd_t fd, off_t offset, int origin)
{
    file_t* file = fd_get(process_current(), fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    int64_t result = file_seek(file, offset, origin);
    file_put(file);
    return result;
}

int64_t sys_chdir(const char* user_path)
{
    char path[MAX_PATH], cwd[MAX_PATH], next[MAX_PATH];
    int result = sys_copy_path(path, user_path);
    if (result != 0)
    {
        return result;
    }
    sys_cwd(cwd);
    result = vfs_chdir(cwd, path, next);
    if (result != 0)
    {
        return result;
    }
    process_t* process = process_current();
    spin_lock(&process->lock);
    memcpy(process->cwd, next, MAX_PATH);
    spin_unlock(&process->lock);
    return 0;
}

int64_t sys_poll(pollfd_t* user_fds, size_t count, uint64_t timeout)
{
    if (count > SYS_POLL_MAX)
    {
        return -EINVAL;
    }
    pollfd_t fds[SYS_POLL_MAX];
    if (user_copy_from(fds, user_fds, count * sizeof(pollfd_t)) != 0)
    {
        return -EFAULT;
    }
    file_t* files[SYS_POLL_MAX];
    uint16_t events[SYS_POLL_MAX], revents[SYS_POLL_MAX];
    process_t* process = process_current();
    for (size_t i = 0; i < count; i++)
    {
        files[i] = fd_get(process, fds[i].fd);
        events[i] = fds[i].events;
    }
    uint64_t deadline = timeout == TIMEOUT_NEVER ? UINT64_MAX : timeout == 0 ? 0 : clock_deadline_after(timeout);
    int result = vfs_poll(files, events, revents, count, deadline);
    for (size_t i = 0; i < count; i++)
    {
        fds[i].revents = revents[i];
        if (files[i] != NULL)
        {
            file_put(files[i]);
        }
    }
    if (result >= 0 && user_copy_to(user_fds, fds, count * sizeof(pollfd_t)) != 0)
    {
        return -EFAULT;
    }
    return result;
}

int64_t sys_stat(const char* user_path, stat_t* user_info)
{
    char path[MAX_PATH], cwd[MAX_PATH];
    int result = sys_copy_path(path, user_path);
    if (result != 0)
    {
        return result;
    }
    if (!user_range_valid(user_info, sizeof(stat_t)))
    {
        return -EFAULT;
    }
    sys_cwd(cwd);
    stat_t info;
    memset(&info, 0, sizeof(info));
    result = vfs_stat(cwd, path, &info);
    if (result != 0)
    {
        return result;
    }
    return user_copy_to(user_info, &info, sizeof(info));
}

int64_t sys_dup(fd_t fd)
{
    return fd_dup(process_current(), fd);
}

int64_t sys_dup2(fd_t fd, fd_t target)
{
    return fd_dup2(process_current(), fd, target);
}

int64_t sys_readdir(fd_t fd, stat_t* user_entries, size_t count)
{
    if (count > UINT64_MAX / sizeof(stat_t) || !user_range_valid(user_entries, count * sizeof(stat_t)))
    {
        return -EFAULT;
    }
    count = count < SYS_READDIR_MAX ? count : SYS_READDIR_MAX;
    file_t* file = fd_get(process_current(), fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    stat_t* entries = kcalloc(count == 0 ? 1 : count, sizeof(stat_t));
    ssize_t result = entries == NULL ? -ENOMEM : file_readdir(file, entries, count);
    if (result > 0 && user_copy_to(user_entries, entries, (size_t)result * sizeof(stat_t)) != 0)
    {
        result = -EFAULT;
    }
    kfree(entries);
    file_put(file);
    return result;
}

// mkdir and remove: a path, and the VFS does the rest.
static int64_t sys_path_call(const char* user_path, int (*call)(const char*, const char*))
{
    char path[MAX_PATH], cwd[MAX_PATH];
    int result = sys_copy_path(path, user_path);
    if (result != 0)
    {
        return result;
    }
    sys_cwd(cwd);
    return call(cwd, path);
}

int64_t sys_mkdir(const char* user_path)
{
    return sys_path_call(user_path, vfs_mkdir);
}

int64_t sys_remove(const char* user_path)
{
    return sys_path_call(user_path, vfs_remove);
}

int64_t sys_rename(const char* user_from, const char* user_to)
{
    char from[MAX_PATH], to[MAX_PATH], cwd[MAX_PATH];
    int result = sys_copy_path(from, user_from);
    if (result == 0)
    {
        result = sys_copy_path(to, user_to);
    }
    if (result != 0)
    {
        return result;
    }
    sys_cwd(cwd);
    return vfs_rename(cwd, from, to);
}
