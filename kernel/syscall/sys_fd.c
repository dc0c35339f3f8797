// System calls about an open file rather than its bytes: what it is
// (fstat), its length (truncate) and its status flags (fd_flags).
#include "handlers.h"

#include <kernel/fs/file.h>
#include <kernel/mem/user_copy.h>
#include <kernel/proc/fd.h>

#include <errno.h>
#include <string.h>

// The ABI's IO_FLAG_ bits and the kernel's FILE_ bits they stand for.
static const struct
{
    uint64_t io;
    uint32_t file;
} sys_fd_flag_map[] = {
    {IO_FLAG_NONBLOCK, FILE_NONBLOCK},
    {IO_FLAG_APPEND, FILE_APPEND},
};

#define SYS_FD_FLAG_COUNT (sizeof(sys_fd_flag_map) / sizeof(sys_fd_flag_map[0]))

// IO_FLAG_ bits to FILE_ bits; -EINVAL for a bit that is not a known flag.
static int sys_fd_flags_to_file(uint64_t io, uint32_t* out)
{
    uint32_t file = 0;
    for (size_t i = 0; i < SYS_FD_FLAG_COUNT; i++)
    {
        if (io & sys_fd_flag_map[i].io)
        {
            file |= sys_fd_flag_map[i].file;
            io &= ~sys_fd_flag_map[i].io;
        }
    }
    *out = file;
    return io == 0 ? 0 : -EINVAL;
}

static int64_t sys_fd_flags_from_file(uint32_t file)
{
    int64_t io = 0;
    for (size_t i = 0; i < SYS_FD_FLAG_COUNT; i++)
    {
        io |= (file & sys_fd_flag_map[i].file) ? (int64_t)sys_fd_flag_map[i].io : 0;
    }
    return io;
}

int64_t sys_fstat(fd_t fd, stat_t* info)
{
    if (!user_range_valid(info, sizeof(stat_t)))
    {
        return -EFAULT;
    }
    file_t* file = fd_get(process_current(), fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    stat_t copy;
    int result = file_stat(file, &copy);
    file_put(file);
    if (result != 0)
    {
        return result;
    }
    return user_copy_to(info, &copy, sizeof(copy)) != 0 ? -EFAULT : 0;
}

int64_t sys_truncate(fd_t fd, off_t length)
{
    file_t* file = fd_get(process_current(), fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    int result = length < 0 ? -EINVAL : file_truncate(file, (uint64_t)length);
    file_put(file);
    return result;
}

int64_t sys_fd_flags(fd_t fd, int set, int clear)
{
    // The arguments are ints: only the registers' low 32 bits are the caller's.
    uint32_t file_set, file_clear;
    if (sys_fd_flags_to_file((uint32_t)set, &file_set) != 0 ||
        sys_fd_flags_to_file((uint32_t)clear, &file_clear) != 0 || (file_set & file_clear) != 0)
    {
        return -EINVAL;
    }
    file_t* file = fd_get(process_current(), fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    uint32_t flags =
        (file_set | file_clear) != 0 ? file_flags_change(file, file_set, file_clear) : file_flags(file);
    file_put(file);
    return sys_fd_flags_from_file(flags);
}
