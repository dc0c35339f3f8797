// home:/test/fdcalls_test: io_fstat, io_truncate and io_fd_flags.
// fstat tells a regular file, a directory, a pipe's ends, the console and
// other sys: files apart (what isatty rests on: only the console is one),
// and io_stat of a path agrees. truncate grows with zero bytes, cuts,
// leaves offsets alone, gives the memory back and refuses what is not a
// regular file. fd_flags reads and changes nonblock and append, shared by
// dup()ed descriptors: nonblock set on a pipe's read end makes a read fail
// with EAGAIN instead of waiting, and two threads changing different flags
// at once lose neither change. Bad descriptors, pointers and bits fail.
#include "capture.h"
#include "file_text.h"
#include "tap.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <threads.h>

#define SCRATCH "home:/tmp-fdcalls-test"
#define KERNEL_POINTER ((void*)0xFFFF800000000000UL)
#define BIG_FILE (4UL << 20)
#define PAGE 4096
#define TOGGLES 2000

static const char* test_scratch(void)
{
    TAP_CHECK_OK(io_mkdir(SCRATCH));
    return NULL;
}

// ---- fstat ------------------------------------------------------------------

// io_fstat of @p fd says @p type (and io_stat of @p path too, unless NULL).
static const char* check_type(fd_t fd, const char* path, uint32_t type)
{
    stat_t info;
    TAP_CHECK(io_fstat(fd, &info) == 0, "io_fstat(%d) for %s: %s", fd, path != NULL ? path : "?", strerror(errno));
    TAP_CHECK(info.type == type, "io_fstat of %s says type %u, expected %u", path != NULL ? path : "a pipe end",
        info.type, type);
    if (path != NULL)
    {
        TAP_CHECK(io_stat(path, &info) == 0, "io_stat(%s): %s", path, strerror(errno));
        TAP_CHECK(info.type == type, "io_stat of %s says type %u, expected %u", path, info.type, type);
    }
    return NULL;
}

// Open @p path and check its type both ways.
static const char* check_path_type(const char* path, uint32_t type)
{
    fd_t fd = io_open(path);
    TAP_CHECK(fd != -1, "open %s: %s", path, strerror(errno));
    const char* failure = check_type(fd, path, type);
    close(fd);
    return failure;
}

static const char* test_fstat_file(void)
{
    fd_t fd = io_open(SCRATCH "/f?create");
    TAP_CHECK(fd != -1, "create: %s", strerror(errno));
    TAP_CHECK(write(fd, "12345", 5) == 5, "write: %s", strerror(errno));
    stat_t info;
    int result = io_fstat(fd, &info);
    close(fd);
    TAP_CHECK(result == 0, "io_fstat: %s", strerror(errno));
    TAP_CHECK(info.type == STAT_FILE, "type %u, expected STAT_FILE", info.type);
    TAP_CHECK(info.size == 5, "size %llu, expected 5", (unsigned long long)info.size);
    TAP_CHECK(strcmp(info.name, "f") == 0, "name '%s', expected 'f'", info.name);
    return NULL;
}

static const char* test_fstat_kinds(void)
{
    const char* failure;
    if ((failure = check_path_type(SCRATCH "/f", STAT_FILE)) != NULL ||
        (failure = check_path_type(SCRATCH "?dir", STAT_DIR)) != NULL ||
        (failure = check_path_type("sys:/?dir", STAT_DIR)) != NULL ||
        (failure = check_path_type("sys:/console", STAT_CONSOLE)) != NULL ||
        (failure = check_path_type("sys:/stat/mem", STAT_DEVICE)) != NULL ||
        (failure = check_path_type("sys:/consctl", STAT_DEVICE)) != NULL)
    {
        return failure;
    }
    stat_t info;
    TAP_CHECK_OK(io_stat("sys:/pipe/new", &info));
    TAP_CHECK(info.type == STAT_DEVICE, "sys:/pipe/new has type %u, expected STAT_DEVICE", info.type);
    fd_t ends[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", ends));
    failure = check_type(ends[0], NULL, STAT_PIPE);
    failure = failure != NULL ? failure : check_type(ends[1], NULL, STAT_PIPE);
    close(ends[0]);
    close(ends[1]);
    return failure;
}

// A program spawned with the console as stdin and stderr and a pipe as
// stdout sees exactly that: only the console is a terminal.
static const char* test_fstat_spawned_streams(void)
{
    const char* argv[] = {"home:/test/helpers/fd_types", NULL};
    fd_t console = io_open("sys:/console");
    fd_t ends[2];
    TAP_CHECK(console != -1, "open sys:/console: %s", strerror(errno));
    TAP_CHECK(io_open2("sys:/pipe/new", ends) == 0, "pipe: %s", strerror(errno));
    spawn_fd_t fds[] = {{STDIN_FILENO, console}, {STDOUT_FILENO, ends[1]}, {STDERR_FILENO, console}, SPAWN_FD_END};
    pid_t pid = spawn(argv, fds, NULL, PRIORITY_INHERIT);
    int spawn_error = errno;
    close(ends[1]);
    close(console);
    char line[32] = "";
    ssize_t got = pid != -1 ? read(ends[0], line, sizeof(line) - 1) : -1;
    close(ends[0]);
    int status = -1;
    if (pid != -1)
    {
        process_wait(pid, &status);
    }
    TAP_CHECK(pid != -1, "spawn fd_types: %s", strerror(spawn_error));
    TAP_CHECK(status == 0 && got > 0, "fd_types: status %d, read %ld", status, (long)got);
    TAP_CHECK(strcmp(line, "3 2 3\n") == 0, "console, pipe, console gave types '%s', expected '3 2 3'",
        capture_shown(line));
    // All three on pipes: no terminal at all.
    capture_t result;
    const char* failure = capture_run(argv, "", NULL, &result);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 0 && strcmp(result.out, "2 2 2\n") == 0, "on pipes: status %d, types '%s'",
        result.status, capture_shown(result.out));
    return NULL;
}

static const char* test_fstat_errors(void)
{
    stat_t info;
    TAP_CHECK_ERRNO(io_fstat(-1, &info), EBADF);
    TAP_CHECK_ERRNO(io_fstat(MAX_FD, &info), EBADF);
    TAP_CHECK_ERRNO(io_fstat(MAX_FD - 1, &info), EBADF);
    fd_t fd = io_open(SCRATCH "/f");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    errno = 0;
    int null_result = io_fstat(fd, NULL);
    int null_error = errno;
    int kernel_result = io_fstat(fd, KERNEL_POINTER);
    int kernel_error = errno;
    close(fd);
    TAP_CHECK(null_result == -1 && null_error == EFAULT, "io_fstat(fd, NULL) gave %d (%s)", null_result,
        strerror(null_error));
    TAP_CHECK(kernel_result == -1 && kernel_error == EFAULT, "io_fstat into kernel memory gave %d (%s)",
        kernel_result, strerror(kernel_error));
    TAP_CHECK_ERRNO(io_fstat(fd, &info), EBADF); // closed now
    return NULL;
}

// ---- truncate ---------------------------------------------------------------

// Read all of @p fd from offset 0 into @p buffer; the byte count.
static ssize_t read_all(fd_t fd, char* buffer, size_t size)
{
    off_t was = seek(fd, 0, SEEK_CUR);
    seek(fd, 0, SEEK_SET);
    ssize_t got = read(fd, buffer, size);
    seek(fd, was, SEEK_SET);
    return got;
}

static const char* test_truncate_grow_shrink(void)
{
    fd_t fd = io_open(SCRATCH "/t?create&trunc");
    TAP_CHECK(fd != -1, "create: %s", strerror(errno));
    char buffer[32];
    const char* failure = NULL;
    ssize_t got = -1;
    if (write(fd, "abcdef", 6) != 6 || io_truncate(fd, 10) != 0)
    {
        failure = tap_reason("write or grow: %s", strerror(errno));
    }
    else if ((got = read_all(fd, buffer, sizeof(buffer))) != 10 || memcmp(buffer, "abcdef\0\0\0\0", 10) != 0)
    {
        failure = tap_reason("after growing to 10 the file reads %ld bytes", (long)got);
    }
    else if (seek(fd, 0, SEEK_CUR) != 6)
    {
        failure = tap_reason("growing moved the offset to %lld", (long long)seek(fd, 0, SEEK_CUR));
    }
    else if (io_truncate(fd, 2) != 0 || (got = read_all(fd, buffer, sizeof(buffer))) != 2 ||
             memcmp(buffer, "ab", 2) != 0)
    {
        failure = tap_reason("after cutting to 2 the file reads %ld bytes (%s)", (long)got, strerror(errno));
    }
    else if (seek(fd, 0, SEEK_CUR) != 6)
    {
        failure = tap_reason("cutting moved the offset to %lld", (long long)seek(fd, 0, SEEK_CUR));
    }
    // Grown again: the cut bytes do not come back, zeroes do.
    else if (io_truncate(fd, 5) != 0 || (got = read_all(fd, buffer, sizeof(buffer))) != 5 ||
             memcmp(buffer, "ab\0\0\0", 5) != 0)
    {
        failure = tap_reason("cut then grown to 5, the file reads %ld bytes: old bytes came back?", (long)got);
    }
    // A write at the unmoved offset 6 leaves a zero hole at 5.
    else if (write(fd, "Z", 1) != 1 || (got = read_all(fd, buffer, sizeof(buffer))) != 7 ||
             memcmp(buffer, "ab\0\0\0\0Z", 7) != 0)
    {
        failure = tap_reason("a write after the truncates gave a %ld-byte file", (long)got);
    }
    else if (io_truncate(fd, 0) != 0 || read_all(fd, buffer, sizeof(buffer)) != 0)
    {
        failure = tap_reason("truncate to 0 left bytes (%s)", strerror(errno));
    }
    close(fd);
    if (failure != NULL)
    {
        return failure;
    }
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH "/t", &info));
    TAP_CHECK(info.size == 0, "stat says %llu bytes after truncate to 0", (unsigned long long)info.size);
    return NULL;
}

static const char* test_truncate_shared(void)
{
    // Another open file of the same name sees the new length at once.
    fd_t a = io_open(SCRATCH "/t?trunc");
    fd_t b = io_open(SCRATCH "/t");
    TAP_CHECK(a != -1 && b != -1, "open: %s", strerror(errno));
    int result = io_truncate(a, 3);
    stat_t info;
    int stat_result = io_fstat(b, &info);
    char buffer[8] = "xxxxxxx";
    ssize_t got = read(b, buffer, sizeof(buffer));
    close(a);
    close(b);
    TAP_CHECK(result == 0 && stat_result == 0, "truncate or fstat failed: %s", strerror(errno));
    TAP_CHECK(info.size == 3, "the other descriptor sees %llu bytes", (unsigned long long)info.size);
    TAP_CHECK(got == 3 && memcmp(buffer, "\0\0\0", 3) == 0, "the other descriptor read %ld bytes", (long)got);
    return NULL;
}

static long long free_pages(void)
{
    return file_number("sys:/stat/mem", "free_pages");
}

// A file grown by truncate is a hole that takes no memory; once written,
// its pages go back as soon as it is cut. Free pages are counted
// system-wide, so the checks leave room for other work meanwhile.
static const char* test_truncate_frees(void)
{
    static char piece[64 * 1024];
    memset(piece, 'f', sizeof(piece)); // faulted in before counting
    fd_t fd = io_open(SCRATCH "/big?create&trunc");
    TAP_CHECK(fd != -1, "create: %s", strerror(errno));
    long long before = free_pages();
    int grown = io_truncate(fd, (off_t)BIG_FILE);
    int grow_error = errno;
    long long hole = free_pages();
    char probe[4096];
    memset(probe, 'x', sizeof(probe));
    seek(fd, (off_t)(BIG_FILE / 2), SEEK_SET);
    ssize_t probed = read(fd, probe, sizeof(probe));
    bool zero = true;
    for (size_t i = 0; i < sizeof(probe); i++)
    {
        zero = zero && probe[i] == 0;
    }
    size_t written = 0;
    seek(fd, 0, SEEK_SET);
    while (written < BIG_FILE && write(fd, piece, sizeof(piece)) == (ssize_t)sizeof(piece))
    {
        written += sizeof(piece);
    }
    long long big = free_pages();
    int cut = io_truncate(fd, (off_t)(BIG_FILE / 4));
    long long quarter = free_pages();
    int emptied = io_truncate(fd, 0);
    long long after = free_pages();
    close(fd);
    TAP_CHECK(grown == 0, "growing to %lu bytes: %s", BIG_FILE, strerror(grow_error));
    TAP_CHECK(probed == (ssize_t)sizeof(probe) && zero, "the hole read %zd bytes, zero %d", probed, zero);
    TAP_CHECK(written == BIG_FILE, "wrote %zu of %lu bytes", written, BIG_FILE);
    TAP_CHECK(cut == 0 && emptied == 0, "cutting failed: %s", strerror(errno));
    TAP_CHECK(before >= 0 && hole >= 0 && big >= 0 && quarter >= 0 && after >= 0, "cannot read sys:/stat/mem");
    tap_note("free pages: %lld, grown %lld, written %lld, quarter %lld, empty %lld", before, hole, big, quarter, after);
    long long pages = (long long)(BIG_FILE / PAGE);
    TAP_CHECK(before - hole <= pages / 8, "growing to %lu bytes took %lld pages", BIG_FILE, before - hole);
    TAP_CHECK(hole - big >= pages * 3 / 4, "writing %lu bytes took %lld pages", BIG_FILE, hole - big);
    TAP_CHECK(quarter - big >= pages / 2, "cutting to a quarter gave back %lld of %lld pages", quarter - big, pages);
    TAP_CHECK(after - big >= pages * 3 / 4, "emptying gave back %lld of %lld pages", after - big, pages);
    TAP_CHECK_OK(remove(SCRATCH "/big"));
    return NULL;
}

static const char* test_truncate_errors(void)
{
    fd_t fd = io_open(SCRATCH "/t");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    errno = 0;
    int negative = io_truncate(fd, -1);
    int negative_error = errno;
    int huge = io_truncate(fd, (off_t)1 << 40);
    int huge_error = errno;
    close(fd);
    TAP_CHECK(negative == -1 && negative_error == EINVAL, "length -1 gave %d (%s)", negative, strerror(negative_error));
    TAP_CHECK(huge == -1 && huge_error == EFBIG, "length 2^40 gave %d (%s)", huge, strerror(huge_error));
    TAP_CHECK_ERRNO(io_truncate(fd, 0), EBADF);
    TAP_CHECK_ERRNO(io_truncate(-1, 0), EBADF);
    fd_t dir = io_open(SCRATCH "?dir");
    TAP_CHECK(dir != -1, "open scratch: %s", strerror(errno));
    errno = 0;
    int dir_result = io_truncate(dir, 0);
    int dir_error = errno;
    close(dir);
    TAP_CHECK(dir_result == -1 && dir_error == EISDIR, "a directory gave %d (%s)", dir_result, strerror(dir_error));
    fd_t ends[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", ends));
    errno = 0;
    int pipe_result = io_truncate(ends[1], 0);
    int pipe_error = errno;
    close(ends[0]);
    close(ends[1]);
    TAP_CHECK(pipe_result == -1 && pipe_error == EINVAL, "a pipe gave %d (%s)", pipe_result, strerror(pipe_error));
    fd_t console = io_open("sys:/console");
    TAP_CHECK(console != -1, "open sys:/console: %s", strerror(errno));
    errno = 0;
    int console_result = io_truncate(console, 0);
    int console_error = errno;
    close(console);
    TAP_CHECK(console_result == -1 && console_error == EINVAL, "the console gave %d (%s)", console_result,
        strerror(console_error));
    return NULL;
}

// ---- fd_flags ---------------------------------------------------------------

static const char* test_flags_from_open(void)
{
    fd_t plain = io_open(SCRATCH "/t");
    fd_t both = io_open(SCRATCH "/t?nonblock&append");
    fd_t append = io_open(SCRATCH "/t?append");
    TAP_CHECK(plain != -1 && both != -1 && append != -1, "open: %s", strerror(errno));
    int flags[3] = {io_fd_flags(plain, 0, 0), io_fd_flags(both, 0, 0), io_fd_flags(append, 0, 0)};
    close(plain);
    close(both);
    close(append);
    TAP_CHECK(flags[0] == 0, "a plain open has flags %#x", flags[0]);
    TAP_CHECK(flags[1] == (IO_FLAG_NONBLOCK | IO_FLAG_APPEND), "?nonblock&append gave flags %#x", flags[1]);
    TAP_CHECK(flags[2] == IO_FLAG_APPEND, "?append gave flags %#x", flags[2]);
    return NULL;
}

static const char* test_flags_set_clear(void)
{
    fd_t fd = io_open(SCRATCH "/t?trunc");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    fd_t copy = dup(fd);
    int set = io_fd_flags(fd, IO_FLAG_APPEND, 0);
    int seen = io_fd_flags(copy, 0, 0);
    // Append now: a write after seeking to 0 still goes to the end.
    write(fd, "ab", 2);
    seek(copy, 0, SEEK_SET);
    write(copy, "cd", 2);
    int cleared = io_fd_flags(copy, IO_FLAG_NONBLOCK, IO_FLAG_APPEND);
    seek(fd, 0, SEEK_SET);
    write(fd, "X", 1); // no append: overwrites the first byte
    int last = io_fd_flags(fd, 0, IO_FLAG_NONBLOCK);
    close(fd);
    close(copy);
    TAP_CHECK(set == IO_FLAG_APPEND, "setting append returned %#x", set);
    TAP_CHECK(seen == IO_FLAG_APPEND, "the dup()ed descriptor sees %#x", seen);
    TAP_CHECK(cleared == IO_FLAG_NONBLOCK, "set nonblock, clear append returned %#x", cleared);
    TAP_CHECK(last == 0, "clearing nonblock returned %#x", last);
    char text[16];
    TAP_CHECK(file_text(SCRATCH "/t", text, sizeof(text)) == 4, "reading back: %s", strerror(errno));
    TAP_CHECK(strcmp(text, "Xbcd") == 0, "the file holds '%s', expected 'Xbcd'", text);
    return NULL;
}

static const char* test_flags_pipe_nonblock(void)
{
    fd_t ends[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", ends));
    int flags = io_fd_flags(ends[0], IO_FLAG_NONBLOCK, 0);
    char byte;
    errno = 0;
    ssize_t empty = read(ends[0], &byte, 1);
    int empty_error = errno;
    write(ends[1], "q", 1);
    ssize_t full = read(ends[0], &byte, 1);
    int writer_flags = io_fd_flags(ends[1], 0, 0);
    close(ends[0]);
    close(ends[1]);
    TAP_CHECK(flags == IO_FLAG_NONBLOCK, "setting nonblock returned %#x", flags);
    TAP_CHECK(empty == -1 && empty_error == EAGAIN, "reading an empty pipe gave %ld (%s), expected EAGAIN",
        (long)empty, strerror(empty_error));
    TAP_CHECK(full == 1 && byte == 'q', "reading a byte that is there gave %ld", (long)full);
    TAP_CHECK(writer_flags == 0, "the write end (its own open file) has flags %#x", writer_flags);
    return NULL;
}

static const char* test_flags_errors(void)
{
    fd_t fd = io_open(SCRATCH "/t");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    const char* failure = NULL;
    int bad[][2] = {{0x4, 0}, {0, 0x4}, {-1, 0}, {0, -1}, {0x100, 0},
        {IO_FLAG_APPEND, IO_FLAG_APPEND}, {IO_FLAG_NONBLOCK | 0x80000000, 0}};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]) && failure == NULL; i++)
    {
        errno = 0;
        int result = io_fd_flags(fd, bad[i][0], bad[i][1]);
        if (result != -1 || errno != EINVAL)
        {
            failure = tap_reason("io_fd_flags(fd, %#x, %#x) gave %d (%s), expected EINVAL", bad[i][0], bad[i][1],
                result, strerror(errno));
        }
    }
    int after = io_fd_flags(fd, 0, 0);
    close(fd);
    if (failure != NULL)
    {
        return failure;
    }
    TAP_CHECK(after == 0, "refused calls changed the flags to %#x", after);
    TAP_CHECK_ERRNO(io_fd_flags(-1, 0, 0), EBADF);
    TAP_CHECK_ERRNO(io_fd_flags(fd, 0, 0), EBADF);
    TAP_CHECK_ERRNO(io_fd_flags(MAX_FD + 5, IO_FLAG_NONBLOCK, 0), EBADF);
    return NULL;
}

// Two threads flip different flags of one open file; neither change may
// overwrite the other's (a read-modify-write without atomicity would).
static fd_t toggle_fd;
static atomic_int toggle_errors;

static int toggle(void* argument)
{
    int flag = (int)(intptr_t)argument;
    for (int i = 0; i < TOGGLES; i++)
    {
        // What each call returns is the state right after its own change.
        int on = io_fd_flags(toggle_fd, flag, 0);
        int off = io_fd_flags(toggle_fd, 0, flag);
        if (on == -1 || off == -1 || !(on & flag) || (off & flag))
        {
            atomic_fetch_add(&toggle_errors, 1);
        }
    }
    // Nonblock ends set, append ends clear.
    if (flag == IO_FLAG_NONBLOCK && io_fd_flags(toggle_fd, flag, 0) == -1)
    {
        atomic_fetch_add(&toggle_errors, 1);
    }
    return 0;
}

static const char* test_flags_concurrent(void)
{
    toggle_fd = io_open(SCRATCH "/t");
    TAP_CHECK(toggle_fd != -1, "open: %s", strerror(errno));
    atomic_store(&toggle_errors, 0);
    thrd_t threads[2];
    int made = 0;
    made += thrd_create(&threads[0], toggle, (void*)(intptr_t)IO_FLAG_NONBLOCK) == thrd_success;
    made += thrd_create(&threads[1], toggle, (void*)(intptr_t)IO_FLAG_APPEND) == thrd_success;
    // Writes meanwhile must keep working whatever the flags are.
    int write_errors = 0;
    for (int i = 0; i < 200; i++)
    {
        write_errors += write(toggle_fd, "w", 1) != 1;
    }
    for (int i = 0; i < made; i++)
    {
        thrd_join(threads[i], NULL);
    }
    int flags = io_fd_flags(toggle_fd, 0, 0);
    close(toggle_fd);
    TAP_CHECK(made == 2, "thrd_create failed");
    TAP_CHECK(atomic_load(&toggle_errors) == 0, "%d io_fd_flags calls failed or returned flags without their own change", atomic_load(&toggle_errors));
    TAP_CHECK(write_errors == 0, "%d writes failed while the flags changed", write_errors);
    TAP_CHECK(flags == IO_FLAG_NONBLOCK, "the flags ended as %#x, expected only nonblock", flags);
    return NULL;
}

static const char* test_remove_scratch(void)
{
    remove(SCRATCH "/f");
    remove(SCRATCH "/t");
    TAP_CHECK_OK(remove(SCRATCH));
    return NULL;
}

int main(void)
{
    tap_suite("fdcalls");
    tap_run("scratch", test_scratch);
    tap_run("fstat-file", test_fstat_file);
    tap_run("fstat-kinds", test_fstat_kinds);
    tap_run("fstat-spawned-streams", test_fstat_spawned_streams);
    tap_run("fstat-errors", test_fstat_errors);
    tap_run("truncate-grow-shrink", test_truncate_grow_shrink);
    tap_run("truncate-shared", test_truncate_shared);
    tap_run("truncate-frees-memory", test_truncate_frees);
    tap_run("truncate-errors", test_truncate_errors);
    tap_run("flags-from-open", test_flags_from_open);
    tap_run("flags-set-clear-dup", test_flags_set_clear);
    tap_run("flags-pipe-nonblock", test_flags_pipe_nonblock);
    tap_run("flags-errors", test_flags_errors);
    tap_run("flags-concurrent", test_flags_concurrent);
    tap_run("remove-scratch", test_remove_scratch);
    return tap_exit_status();
}
