// home:/test/posix_file_test: suite "posix-file", the POSIX file layer:
// open's flags (O_EXCL included) and errors, creat, fcntl's descriptor
// and status flags, fstat and isatty on every kind of file, ftruncate and
// truncate, lseek, dup, unlink and rmdir with POSIX's errors, access,
// getcwd and chdir, stat/lstat/mkdir, and dirent.h's directory streams;
// also stdlib.h's mkstemp, mkdtemp, random and srandom.
#include "tap.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCRATCH "home:/tmp-posix-file"

static const char* test_open_creates_and_reads_back(void)
{
    int fd = open(SCRATCH "/a.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    TAP_CHECK(fd >= 0, "open O_CREAT: %s", strerror(errno));
    TAP_CHECK(write(fd, "hello", 5) == 5, "write: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    fd = open(SCRATCH "/a.txt", O_RDONLY);
    TAP_CHECK(fd >= 0, "open O_RDONLY: %s", strerror(errno));
    char buffer[16] = {0};
    TAP_CHECK(read(fd, buffer, sizeof(buffer)) == 5 && memcmp(buffer, "hello", 5) == 0, "read back '%s'", buffer);
    TAP_CHECK_OK(close(fd));
    // O_TRUNC empties it.
    fd = open(SCRATCH "/a.txt", O_RDWR | O_TRUNC);
    TAP_CHECK(fd >= 0, "open O_TRUNC: %s", strerror(errno));
    TAP_CHECK(read(fd, buffer, sizeof(buffer)) == 0, "O_TRUNC left bytes");
    TAP_CHECK_OK(close(fd));
    return NULL;
}

static const char* test_open_append(void)
{
    int fd = creat(SCRATCH "/b.txt", 0644);
    TAP_CHECK(fd >= 0, "creat: %s", strerror(errno));
    TAP_CHECK(fcntl(fd, F_GETFL) == O_WRONLY, "creat's descriptor reads as %#x, not O_WRONLY", fcntl(fd, F_GETFL));
    TAP_CHECK(write(fd, "abc", 3) == 3, "write: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    fd = open(SCRATCH "/b.txt", O_WRONLY | O_APPEND);
    TAP_CHECK(fd >= 0, "open O_APPEND: %s", strerror(errno));
    TAP_CHECK(lseek(fd, 0, SEEK_SET) == 0, "lseek to 0");
    TAP_CHECK(write(fd, "de", 2) == 2, "write: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    struct stat info;
    TAP_CHECK_OK(stat(SCRATCH "/b.txt", &info));
    TAP_CHECK(info.st_size == 5, "after an append the size is %lld, not 5", (long long)info.st_size);
    return NULL;
}

static const char* test_open_errors(void)
{
    TAP_CHECK_ERRNO(open(SCRATCH "/missing", O_RDONLY), ENOENT);
    TAP_CHECK_ERRNO(open(SCRATCH "/a.txt?create", O_RDONLY), EINVAL);
    TAP_CHECK_ERRNO(open(SCRATCH "/a.txt", O_ACCMODE), EINVAL);
    TAP_CHECK_ERRNO(open(SCRATCH "/a.txt", O_RDONLY | 0x40000000), EINVAL);
    TAP_CHECK_ERRNO(open(SCRATCH "/newdir", O_RDONLY | O_CREAT | O_DIRECTORY, 0755), EINVAL);
    TAP_CHECK_ERRNO(open(SCRATCH "/a.txt", O_RDONLY | O_DIRECTORY), ENOTDIR);
    TAP_CHECK_ERRNO(open(NULL, O_RDONLY), EFAULT);
    TAP_CHECK_ERRNO(open(SCRATCH, O_RDWR | O_TRUNC), EISDIR);
    // A path that fits, whose native flags do not.
    char path[MAX_PATH];
    memset(path, 'x', sizeof(path));
    memcpy(path, SCRATCH "/", strlen(SCRATCH "/"));
    path[MAX_PATH - 4] = '\0';
    TAP_CHECK_ERRNO(open(path, O_RDWR | O_CREAT | O_APPEND, 0644), ENAMETOOLONG);
    // A directory opens without O_DIRECTORY too.
    int fd = open(SCRATCH, O_RDONLY);
    TAP_CHECK(fd >= 0, "open a directory: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    return NULL;
}

static const char* test_fcntl_flags(void)
{
    int fd = open(SCRATCH "/a.txt", O_RDONLY | O_CLOEXEC);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    TAP_CHECK((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY, "F_GETFL gave %#x", fcntl(fd, F_GETFL));
    TAP_CHECK(fcntl(fd, F_GETFD) == FD_CLOEXEC, "O_CLOEXEC is not FD_CLOEXEC");
    TAP_CHECK_OK(fcntl(fd, F_SETFD, 0));
    TAP_CHECK(fcntl(fd, F_GETFD) == 0, "F_SETFD 0 did not clear FD_CLOEXEC");
    TAP_CHECK_OK(fcntl(fd, F_SETFD, FD_CLOEXEC));
    TAP_CHECK(fcntl(fd, F_GETFD) == FD_CLOEXEC, "F_SETFD did not set FD_CLOEXEC");
    // dup's copy: the same access mode, FD_CLOEXEC clear.
    int copy = dup(fd);
    TAP_CHECK(copy >= 0 && copy != fd, "dup gave %d", copy);
    TAP_CHECK((fcntl(copy, F_GETFL) & O_ACCMODE) == O_RDONLY, "dup's copy is not O_RDONLY");
    TAP_CHECK(fcntl(copy, F_GETFD) == 0, "dup's copy has FD_CLOEXEC");
    TAP_CHECK_OK(close(copy));
    // F_DUPFD: the lowest free number from the start given.
    int high = fcntl(fd, F_DUPFD, 20);
    TAP_CHECK(high >= 20, "F_DUPFD 20 gave %d", high);
    int higher = fcntl(fd, F_DUPFD_CLOEXEC, high);
    TAP_CHECK(higher > high, "F_DUPFD_CLOEXEC from an open number gave %d (after %d)", higher, high);
    TAP_CHECK(fcntl(higher, F_GETFD) == FD_CLOEXEC && fcntl(high, F_GETFD) == 0, "F_DUPFD(_CLOEXEC)'s flags");
    TAP_CHECK_OK(close(higher));
    TAP_CHECK_OK(close(high));
    TAP_CHECK_ERRNO(fcntl(fd, F_DUPFD, -1), EINVAL);
    TAP_CHECK_ERRNO(fcntl(fd, F_DUPFD, MAX_FD), EINVAL);
    TAP_CHECK_ERRNO(fcntl(fd, 9999), EINVAL);
    TAP_CHECK_OK(close(fd));
    // A closed descriptor, and numbers that never are one.
    TAP_CHECK_ERRNO(fcntl(fd, F_GETFD), EBADF);
    TAP_CHECK_ERRNO(fcntl(-1, F_GETFL), EBADF);
    TAP_CHECK_ERRNO(fcntl(MAX_FD, F_GETFL), EBADF);
    // A descriptor libstd has not seen reads as O_RDWR.
    fd_t native = io_open(SCRATCH "/a.txt");
    TAP_CHECK(native >= 0, "io_open: %s", strerror(errno));
    TAP_CHECK((fcntl(native, F_GETFL) & O_ACCMODE) == O_RDWR, "an io_open descriptor is not O_RDWR");
    TAP_CHECK_OK(close(native));
    return NULL;
}

static const char* test_fcntl_dupfd_full(void)
{
    // Fill every number from 40 up; F_DUPFD from 40 then has nowhere to go.
    int fd = open(SCRATCH "/a.txt", O_RDONLY);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    int made = 0;
    const char* failure = NULL;
    for (int target = 40; target < MAX_FD && failure == NULL; target++)
    {
        if (dup2(fd, target) != target)
        {
            failure = tap_reason("dup2 to %d: %s", target, strerror(errno));
        }
        made++;
    }
    errno = 0;
    int result = failure == NULL ? fcntl(fd, F_DUPFD, 40) : 0;
    int error = errno;
    for (int target = 40; target < 40 + made; target++)
    {
        close(target);
    }
    close(fd);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result == -1 && error == EMFILE, "F_DUPFD with no free number gave %d, errno %d", result, error);
    return NULL;
}

static const char* test_open_excl(void)
{
    int fd = open(SCRATCH "/excl.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);
    TAP_CHECK(fd >= 0, "O_CREAT|O_EXCL of a new file: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    TAP_CHECK_ERRNO(open(SCRATCH "/excl.txt", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    TAP_CHECK_ERRNO(open(SCRATCH, O_RDONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    // O_EXCL without O_CREAT means nothing.
    fd = open(SCRATCH "/excl.txt", O_RDONLY | O_EXCL);
    TAP_CHECK(fd >= 0, "O_EXCL alone: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    TAP_CHECK_OK(unlink(SCRATCH "/excl.txt"));
    return NULL;
}

static const char* test_fcntl_status_flags(void)
{
    int fd = open(SCRATCH "/a.txt", O_WRONLY | O_APPEND);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    TAP_CHECK(fcntl(fd, F_GETFL) == (O_WRONLY | O_APPEND), "F_GETFL gave %#x, not O_WRONLY|O_APPEND",
              fcntl(fd, F_GETFL));
    TAP_CHECK_OK(fcntl(fd, F_SETFL, O_NONBLOCK | O_RDWR)); // the access mode stays as it was
    TAP_CHECK(fcntl(fd, F_GETFL) == (O_WRONLY | O_NONBLOCK), "after F_SETFL O_NONBLOCK: %#x", fcntl(fd, F_GETFL));
    TAP_CHECK_OK(close(fd));
    // On a pipe: O_NONBLOCK set later makes an empty read fail with EAGAIN,
    // through a dup too (the flags belong to the open file).
    int ends[2];
    TAP_CHECK_OK(pipe(ends));
    int copy = dup(ends[0]);
    TAP_CHECK(fcntl(copy, F_GETFL) == O_RDONLY, "a pipe's reading end: %#x", fcntl(copy, F_GETFL));
    TAP_CHECK_OK(fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK));
    char c;
    TAP_CHECK_ERRNO(read(copy, &c, 1), EAGAIN);
    TAP_CHECK(fcntl(copy, F_GETFL) & O_NONBLOCK, "the dup does not see O_NONBLOCK");
    TAP_CHECK_OK(fcntl(copy, F_SETFL, 0));
    TAP_CHECK(!(fcntl(ends[0], F_GETFL) & O_NONBLOCK), "O_NONBLOCK was not cleared");
    close(copy);
    close(ends[0]);
    close(ends[1]);
    TAP_CHECK_ERRNO(fcntl(ends[0], F_SETFL, 0), EBADF);
    // O_APPEND turned on later: writes go to the end.
    fd = open(SCRATCH "/c.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
    TAP_CHECK(fd >= 0 && write(fd, "abc", 3) == 3, "c.txt: %s", strerror(errno));
    TAP_CHECK_OK(fcntl(fd, F_SETFL, O_APPEND));
    TAP_CHECK(lseek(fd, 0, SEEK_SET) == 0 && write(fd, "d", 1) == 1, "write");
    struct stat info;
    TAP_CHECK_OK(fstat(fd, &info));
    TAP_CHECK_OK(close(fd));
    TAP_CHECK(info.st_size == 4, "after F_SETFL O_APPEND the size is %lld", (long long)info.st_size);
    return NULL;
}

static const char* test_fstat_isatty(void)
{
    struct stat info;
    int fd = open(SCRATCH "/b.txt", O_RDONLY);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    TAP_CHECK_OK(fstat(fd, &info));
    TAP_CHECK(S_ISREG(info.st_mode) && info.st_size == 5, "fstat of a file: mode %#o size %lld", info.st_mode,
              (long long)info.st_size);
    errno = 0;
    TAP_CHECK(isatty(fd) == 0 && errno == ENOTTY, "isatty of a file: errno %d", errno);
    TAP_CHECK_OK(close(fd));
    TAP_CHECK_ERRNO(fstat(fd, &info), EBADF);
    errno = 0;
    TAP_CHECK(isatty(fd) == 0 && errno == EBADF, "isatty of a closed descriptor: errno %d", errno);
    TAP_CHECK_ERRNO(fstat(0, NULL), EFAULT);
    fd = open(SCRATCH, O_RDONLY);
    TAP_CHECK(fd >= 0, "open the directory: %s", strerror(errno));
    TAP_CHECK_OK(fstat(fd, &info));
    TAP_CHECK_OK(close(fd));
    TAP_CHECK(S_ISDIR(info.st_mode), "fstat of a directory: %#o", info.st_mode);
    int ends[2];
    TAP_CHECK_OK(pipe(ends));
    TAP_CHECK_OK(fstat(ends[1], &info));
    errno = 0;
    int tty = isatty(ends[0]);
    int error = errno;
    close(ends[0]);
    close(ends[1]);
    TAP_CHECK(S_ISFIFO(info.st_mode), "fstat of a pipe: %#o", info.st_mode);
    TAP_CHECK(tty == 0 && error == ENOTTY, "isatty of a pipe: %d, errno %d", tty, error);
    fd = open("sys:/console", O_WRONLY);
    TAP_CHECK(fd >= 0, "open sys:/console: %s", strerror(errno));
    TAP_CHECK_OK(fstat(fd, &info));
    tty = isatty(fd);
    close(fd);
    TAP_CHECK(S_ISCHR(info.st_mode), "fstat of the console: %#o", info.st_mode);
    TAP_CHECK(tty == 1, "isatty of the console gave %d", tty);
    TAP_CHECK_OK(stat("sys:/console", &info));
    TAP_CHECK(S_ISCHR(info.st_mode), "stat of the console: %#o", info.st_mode);
    return NULL;
}

static const char* test_truncate(void)
{
    int fd = open(SCRATCH "/t.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
    TAP_CHECK(fd >= 0 && write(fd, "0123456789", 10) == 10, "t.txt: %s", strerror(errno));
    TAP_CHECK_OK(ftruncate(fd, 4));
    struct stat info;
    TAP_CHECK_OK(fstat(fd, &info));
    TAP_CHECK(info.st_size == 4, "ftruncate to 4 gave %lld", (long long)info.st_size);
    TAP_CHECK(lseek(fd, 0, SEEK_CUR) == 10, "ftruncate moved the offset");
    TAP_CHECK_OK(truncate(SCRATCH "/t.txt", 8));
    char buffer[16] = {0};
    TAP_CHECK(lseek(fd, 0, SEEK_SET) == 0 && read(fd, buffer, sizeof(buffer)) == 8, "read after growing");
    TAP_CHECK(memcmp(buffer, "0123\0\0\0\0", 8) == 0, "the grown part is not zeros");
    TAP_CHECK_ERRNO(ftruncate(fd, -1), EINVAL);
    TAP_CHECK_OK(close(fd));
    TAP_CHECK_ERRNO(ftruncate(fd, 0), EBADF);
    TAP_CHECK_ERRNO(truncate(SCRATCH "/missing", 0), ENOENT);
    TAP_CHECK_ERRNO(truncate(SCRATCH "/t.txt?append", 0), EINVAL);
    TAP_CHECK_ERRNO(truncate(SCRATCH, 0), EISDIR);
    int ends[2];
    TAP_CHECK_OK(pipe(ends));
    errno = 0;
    int result = ftruncate(ends[1], 0);
    int error = errno;
    close(ends[0]);
    close(ends[1]);
    TAP_CHECK(result == -1 && error == EINVAL, "ftruncate of a pipe: %d, errno %d", result, error);
    TAP_CHECK_OK(unlink(SCRATCH "/t.txt"));
    return NULL;
}

static const char* test_lseek(void)
{
    int fd = open(SCRATCH "/c.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    TAP_CHECK(write(fd, "0123456789", 10) == 10, "write");
    TAP_CHECK(lseek(fd, 0, SEEK_CUR) == 10, "SEEK_CUR 0 after writing 10 bytes");
    TAP_CHECK(lseek(fd, -3, SEEK_END) == 7, "SEEK_END -3");
    char c = 0;
    TAP_CHECK(read(fd, &c, 1) == 1 && c == '7', "read after SEEK_END -3 gave '%c'", c);
    TAP_CHECK(lseek(fd, 2, SEEK_SET) == 2, "SEEK_SET 2");
    TAP_CHECK_ERRNO(lseek(fd, -1, SEEK_SET), EINVAL);
    TAP_CHECK_ERRNO(lseek(fd, 0, 42), EINVAL);
    TAP_CHECK_OK(close(fd));
    TAP_CHECK_ERRNO(lseek(fd, 0, SEEK_SET), EBADF);
    int ends[2];
    TAP_CHECK_OK(pipe(ends));
    errno = 0;
    off_t on_pipe = lseek(ends[0], 0, SEEK_CUR);
    int error = errno;
    close(ends[0]);
    close(ends[1]);
    TAP_CHECK(on_pipe == -1 && error == ESPIPE, "lseek on a pipe gave %lld, errno %d", (long long)on_pipe, error);
    return NULL;
}

static const char* test_unlink_rmdir(void)
{
    int fd = creat(SCRATCH "/gone.txt", 0644);
    TAP_CHECK(fd >= 0, "creat: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    TAP_CHECK_OK(mkdir(SCRATCH "/sub", 0755));
    TAP_CHECK_ERRNO(unlink(SCRATCH "/sub"), EISDIR);
    TAP_CHECK_ERRNO(rmdir(SCRATCH "/gone.txt"), ENOTDIR);
    TAP_CHECK_ERRNO(rmdir(SCRATCH "/sub/."), EINVAL);
    TAP_CHECK_ERRNO(rmdir(SCRATCH "/missing"), ENOENT);
    TAP_CHECK_ERRNO(unlink(SCRATCH "/missing"), ENOENT);
    TAP_CHECK_ERRNO(rmdir(SCRATCH), ENOTEMPTY);
    TAP_CHECK_OK(unlink(SCRATCH "/gone.txt"));
    TAP_CHECK_ERRNO(access(SCRATCH "/gone.txt", F_OK), ENOENT);
    TAP_CHECK_OK(rmdir(SCRATCH "/sub"));
    TAP_CHECK_ERRNO(access(SCRATCH "/sub", F_OK), ENOENT);
    TAP_CHECK_ERRNO(mkdir(SCRATCH "/a.txt", 0755), EEXIST);
    return NULL;
}

static const char* test_access(void)
{
    TAP_CHECK_OK(access(SCRATCH "/a.txt", F_OK));
    TAP_CHECK_OK(access(SCRATCH "/a.txt", R_OK | W_OK | X_OK));
    TAP_CHECK_OK(access(SCRATCH, X_OK));
    TAP_CHECK_ERRNO(access(SCRATCH "/missing", R_OK), ENOENT);
    TAP_CHECK_ERRNO(access(SCRATCH "/a.txt/x", F_OK), ENOTDIR);
    TAP_CHECK_ERRNO(access(SCRATCH "/a.txt", 0x100), EINVAL);
    return NULL;
}

static const char* test_getcwd_chdir(void)
{
    char before[MAX_PATH];
    TAP_CHECK(getcwd(before, sizeof(before)) == before, "getcwd: %s", strerror(errno));
    TAP_CHECK_OK(chdir(SCRATCH));
    char here[MAX_PATH];
    TAP_CHECK(getcwd(here, sizeof(here)) == here, "getcwd: %s", strerror(errno));
    TAP_CHECK(strcmp(here, SCRATCH) == 0, "after chdir getcwd is '%s'", here);
    // Relative paths now start here.
    TAP_CHECK_OK(access("a.txt", F_OK));
    // Exactly enough room, one byte short, none.
    size_t length = strlen(SCRATCH);
    char tight[sizeof(SCRATCH)];
    TAP_CHECK(getcwd(tight, length + 1) == tight && strcmp(tight, SCRATCH) == 0, "getcwd with exact room");
    errno = 0;
    TAP_CHECK(getcwd(tight, length) == NULL && errno == ERANGE, "getcwd one byte short: errno %d", errno);
    errno = 0;
    TAP_CHECK(getcwd(tight, 0) == NULL && errno == EINVAL, "getcwd size 0 with a buffer: errno %d", errno);
    char* allocated = getcwd(NULL, 0);
    TAP_CHECK(allocated != NULL && strcmp(allocated, SCRATCH) == 0, "getcwd(NULL, 0) gave '%s'",
              allocated != NULL ? allocated : "(null)");
    free(allocated);
    errno = 0;
    TAP_CHECK(getcwd(NULL, 3) == NULL && errno == ERANGE, "getcwd(NULL, 3): errno %d", errno);
    TAP_CHECK_ERRNO(chdir(SCRATCH "/a.txt"), ENOTDIR);
    TAP_CHECK_OK(chdir(before));
    return NULL;
}

static const char* test_stat(void)
{
    struct stat info;
    memset(&info, 0xff, sizeof(info));
    TAP_CHECK_OK(stat(SCRATCH "/b.txt", &info));
    TAP_CHECK(S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode), "a file's st_mode is %#o", info.st_mode);
    TAP_CHECK(info.st_size == 5 && info.st_nlink == 1 && info.st_blocks == 1, "size %lld nlink %llu blocks %lld",
              (long long)info.st_size, (unsigned long long)info.st_nlink, (long long)info.st_blocks);
    TAP_CHECK(info.st_mtime == 0 && info.st_uid == 0, "times and ids are not 0");
    TAP_CHECK_OK(lstat(SCRATCH, &info));
    TAP_CHECK(S_ISDIR(info.st_mode) && (info.st_mode & 0777) == 0777, "a directory's st_mode is %#o", info.st_mode);
    TAP_CHECK_ERRNO(stat(SCRATCH "/missing", &info), ENOENT);
    TAP_CHECK_ERRNO(stat(SCRATCH "/a.txt", NULL), EFAULT);
    TAP_CHECK_OK(chmod(SCRATCH "/a.txt", 0600));
    TAP_CHECK_ERRNO(chmod(SCRATCH "/missing", 0600), ENOENT);
    mode_t old = umask(077);
    TAP_CHECK(umask(old) == 077, "umask did not keep 077");
    return NULL;
}

// Make @p count files in a new directory and read them back through a
// DIR: each name once, with its type, and again after rewinddir.
static const char* test_dirent(void)
{
    enum
    {
        COUNT = 40 // more than one batch
    };
    TAP_CHECK_OK(mkdir(SCRATCH "/many", 0755));
    TAP_CHECK_OK(mkdir(SCRATCH "/many/subdir", 0755));
    for (int i = 0; i < COUNT; i++)
    {
        char path[64];
        snprintf(path, sizeof(path), SCRATCH "/many/f%02d", i);
        int fd = creat(path, 0644);
        TAP_CHECK(fd >= 0, "creat %s: %s", path, strerror(errno));
        close(fd);
    }
    DIR* dir = opendir(SCRATCH "/many");
    TAP_CHECK(dir != NULL, "opendir: %s", strerror(errno));
    TAP_CHECK(dirfd(dir) >= 0 && fcntl(dirfd(dir), F_GETFD) == FD_CLOEXEC, "dirfd");
    for (int pass = 0; pass < 2; pass++)
    {
        bool seen[COUNT] = {false};
        int files = 0, dirs = 0;
        struct dirent* entry;
        errno = 0;
        while ((entry = readdir(dir)) != NULL)
        {
            int n = -1;
            if (entry->d_type == DT_DIR && strcmp(entry->d_name, "subdir") == 0)
            {
                dirs++;
            }
            else if (entry->d_type == DT_REG && sscanf(entry->d_name, "f%d", &n) == 1 && n >= 0 && n < COUNT &&
                     !seen[n])
            {
                seen[n] = true;
                files++;
            }
            else
            {
                closedir(dir);
                return tap_reason("unexpected entry '%s' type %d", entry->d_name, entry->d_type);
            }
        }
        int error = errno;
        if (files != COUNT || dirs != 1 || error != 0)
        {
            closedir(dir);
            return tap_reason("pass %d: %d files, %d directories, errno %d", pass, files, dirs, error);
        }
        rewinddir(dir);
    }
    TAP_CHECK_OK(closedir(dir));
    TAP_CHECK(opendir(SCRATCH "/missing") == NULL && errno == ENOENT, "opendir of nothing: errno %d", errno);
    TAP_CHECK(opendir(SCRATCH "/a.txt") == NULL && errno == ENOTDIR, "opendir of a file: errno %d", errno);
    TAP_CHECK(fdopendir(-1) == NULL && errno == EBADF, "fdopendir(-1): errno %d", errno);
    int file = open(SCRATCH "/a.txt", O_RDONLY);
    TAP_CHECK(file >= 0, "open: %s", strerror(errno));
    errno = 0;
    DIR* not_dir = fdopendir(file);
    int error = errno;
    close(file);
    TAP_CHECK(not_dir == NULL && error == ENOTDIR, "fdopendir of a file: errno %d", error);
    // sys:/ lists the console as a character device.
    dir = opendir("sys:/");
    TAP_CHECK(dir != NULL, "opendir sys:/: %s", strerror(errno));
    int console_type = -1;
    struct dirent* entry;
    while ((entry = readdir(dir)) != NULL)
    {
        if (strcmp(entry->d_name, "console") == 0)
        {
            console_type = entry->d_type;
        }
    }
    closedir(dir);
    TAP_CHECK(console_type == DT_CHR, "sys:/console's d_type is %d", console_type);
    TAP_CHECK_ERRNO(closedir(NULL), EBADF);
    errno = 0;
    TAP_CHECK(readdir(NULL) == NULL && errno == EBADF, "readdir(NULL): errno %d", errno);
    // fdopendir takes over a descriptor open()ed by the program.
    int fd = open(SCRATCH "/many", O_RDONLY | O_DIRECTORY);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    dir = fdopendir(fd);
    TAP_CHECK(dir != NULL && dirfd(dir) == fd, "fdopendir: %s", strerror(errno));
    TAP_CHECK(readdir(dir) != NULL, "fdopendir's stream reads nothing");
    TAP_CHECK_OK(closedir(dir));
    TAP_CHECK_ERRNO(close(fd), EBADF);
    for (int i = 0; i < COUNT; i++)
    {
        char path[64];
        snprintf(path, sizeof(path), SCRATCH "/many/f%02d", i);
        TAP_CHECK_OK(unlink(path));
    }
    TAP_CHECK_OK(rmdir(SCRATCH "/many/subdir"));
    TAP_CHECK_OK(rmdir(SCRATCH "/many"));
    return NULL;
}

// mkstemp and mkdtemp: new names every time, files made exclusively and
// open for both reading and writing, a bad template refused untouched.
static const char* test_mkstemp(void)
{
    enum { COUNT = 20 };
    char names[COUNT][64];
    for (int i = 0; i < COUNT; i++)
    {
        strcpy(names[i], SCRATCH "/tmp-XXXXXX");
        int fd = mkstemp(names[i]);
        TAP_CHECK(fd != -1, "mkstemp %d: %s", i, strerror(errno));
        TAP_CHECK(strncmp(names[i], SCRATCH "/tmp-", strlen(SCRATCH "/tmp-")) == 0 &&
                      strlen(names[i]) == strlen(SCRATCH "/tmp-XXXXXX"),
            "mkstemp changed more than the X's: '%s'", names[i]);
        TAP_CHECK(write(fd, "x", 1) == 1 && lseek(fd, 0, SEEK_SET) == 0, "the file is not writable");
        char byte = 0;
        TAP_CHECK(read(fd, &byte, 1) == 1 && byte == 'x', "the file is not readable");
        TAP_CHECK_OK(close(fd));
        for (int j = 0; j < i; j++)
        {
            TAP_CHECK(strcmp(names[i], names[j]) != 0, "mkstemp gave '%s' twice", names[i]);
        }
    }
    for (int i = 0; i < COUNT; i++)
    {
        TAP_CHECK_OK(unlink(names[i]));
    }
    char bad[] = SCRATCH "/tmp-XXXXX";
    TAP_CHECK_ERRNO(mkstemp(bad), EINVAL);
    TAP_CHECK(strcmp(bad, SCRATCH "/tmp-XXXXX") == 0, "a refused template changed: '%s'", bad);
    char dir[] = SCRATCH "/dir-XXXXXX";
    TAP_CHECK(mkdtemp(dir) == dir, "mkdtemp: %s", strerror(errno));
    struct stat info;
    TAP_CHECK(stat(dir, &info) == 0 && S_ISDIR(info.st_mode), "mkdtemp made no directory at '%s'", dir);
    TAP_CHECK_OK(rmdir(dir));
    char missing[] = SCRATCH "/no-such-dir/tmp-XXXXXX";
    TAP_CHECK_ERRNO(mkstemp(missing), ENOENT);
    return NULL;
}

// random and srandom (stdlib.h, XSI): glibc's sequences for the same
// seeds, srandom(1)'s before any srandom, apart from rand()'s sequence.
static const char* test_random(void)
{
    static const long first[] = {1804289383, 846930886, 1681692777};
    static const long seed42[] = {71876166, 708592740, 1483128881};
    for (int i = 0; i < 3; i++)
    {
        long got = random();
        TAP_CHECK(got == first[i], "random() %d without srandom: %ld, expected %ld", i, got, first[i]);
    }
    srandom(42);
    for (int i = 0; i < 3; i++)
    {
        long got = random();
        TAP_CHECK(got == seed42[i], "random() %d after srandom(42): %ld, expected %ld", i, got, seed42[i]);
    }
    srandom(0);
    TAP_CHECK(random() == first[0], "srandom(0) is not srandom(1)");
    srand(7);
    int a = rand();
    srand(7);
    srandom(3);
    (void)random();
    TAP_CHECK(rand() == a, "random() moved rand()'s sequence");
    return NULL;
}

// fseeko and ftello: fseek and ftell with off_t, buffered input and output
// counted, and fseek's errors.
static const char* test_fseeko_ftello(void)
{
    FILE* f = fopen(SCRATCH "/c.txt", "w+");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    TAP_CHECK(fputs("0123456789", f) >= 0, "fputs");
    off_t at = ftello(f);
    TAP_CHECK(at == 10, "ftello after writing 10 bytes: %lld", (long long)at);
    TAP_CHECK(fseeko(f, (off_t)3, SEEK_SET) == 0, "fseeko SEEK_SET: %s", strerror(errno));
    TAP_CHECK(fgetc(f) == '3', "read after fseeko to 3");
    at = ftello(f);
    TAP_CHECK(at == 4, "ftello after reading one byte at 3: %lld", (long long)at);
    TAP_CHECK(fseeko(f, (off_t)2, SEEK_CUR) == 0 && fgetc(f) == '6', "fseeko SEEK_CUR");
    TAP_CHECK(fseeko(f, (off_t)-1, SEEK_END) == 0 && fgetc(f) == '9', "fseeko SEEK_END");
    TAP_CHECK(fseeko(f, 0, 42) == -1 && errno == EINVAL, "fseeko with a bad origin");
    TAP_CHECK_OK(fclose(f));
    int fds[2];
    TAP_CHECK_OK(pipe(fds));
    FILE* p = fdopen(fds[0], "r");
    TAP_CHECK(p != NULL, "fdopen: %s", strerror(errno));
    TAP_CHECK(fseeko(p, 0, SEEK_SET) == -1 && errno == ESPIPE, "fseeko on a pipe");
    TAP_CHECK(ftello(p) == -1, "ftello on a pipe");
    TAP_CHECK_OK(fclose(p));
    TAP_CHECK_OK(close(fds[1]));
    return NULL;
}

static const char* test_scratch_removed(void)
{
    TAP_CHECK_OK(unlink(SCRATCH "/a.txt"));
    TAP_CHECK_OK(unlink(SCRATCH "/b.txt"));
    TAP_CHECK_OK(unlink(SCRATCH "/c.txt"));
    TAP_CHECK_OK(rmdir(SCRATCH));
    return NULL;
}

int main(void)
{
    tap_suite("posix-file");
    if (mkdir(SCRATCH, 0755) == -1 && errno != EEXIST)
    {
        tap_result("scratch-directory", tap_reason("mkdir: %s", strerror(errno)));
        return tap_exit_status();
    }
    tap_run("random-srandom", test_random);
    tap_run("open-creates-and-reads-back", test_open_creates_and_reads_back);
    tap_run("open-append", test_open_append);
    tap_run("open-errors", test_open_errors);
    tap_run("open-excl", test_open_excl);
    tap_run("fcntl-flags", test_fcntl_flags);
    tap_run("fcntl-status-flags", test_fcntl_status_flags);
    tap_run("fstat-isatty", test_fstat_isatty);
    tap_run("truncate", test_truncate);
    tap_run("fcntl-dupfd-full", test_fcntl_dupfd_full);
    tap_run("lseek", test_lseek);
    tap_run("unlink-rmdir", test_unlink_rmdir);
    tap_run("access", test_access);
    tap_run("getcwd-chdir", test_getcwd_chdir);
    tap_run("stat", test_stat);
    tap_run("dirent", test_dirent);
    tap_run("mkstemp", test_mkstemp);
    tap_run("fseeko-ftello", test_fseeko_ftello);
    tap_run("scratch-removed", test_scratch_removed);
    return tap_exit_status();
}
