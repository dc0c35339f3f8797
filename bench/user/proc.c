// home:/bench/proc: user-space benchmarks, one "BENCH name value unit"
// line each (bench/proc.sh boots the OS with "ubench=proc" to run it):
//   syscall_null_ns   the cost of the cheapest system call (SYS_PID)
//   spawn_wait_us     spawn a program that exits at once, and wait for it
//   ramfs_read_MBps   reading a 16 MiB RAM-disk file in 64 KiB reads
// Times come from uptime(); integer arithmetic only (no floating point in
// libstd's printf yet). Exits with 1, after a "# " line saying why, if a
// measurement could not be made.
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define SYSCALL_ROUNDS 200000
#define SPAWN_ROUNDS 100
#define FILE_PATH "home:/bench-ramfs.tmp"
#define FILE_SIZE (16 * 1024 * 1024)
#define CHUNK_SIZE (64 * 1024)
#define READ_ROUNDS 4

static uint8_t chunk[CHUNK_SIZE];

static int fail(const char* what)
{
    writef(STDOUT_FILENO, "# bench proc: %s: %s\n", what, strerror(errno));
    return -1;
}

static int bench_syscall_null(void)
{
    uint64_t start = uptime();
    for (int i = 0; i < SYSCALL_ROUNDS; i++)
    {
        process_id();
    }
    uint64_t elapsed = uptime() - start;
    writef(STDOUT_FILENO, "BENCH syscall_null_ns %llu ns\n", (unsigned long long)(elapsed / SYSCALL_ROUNDS));
    return 0;
}

static int bench_spawn_wait(void)
{
    const char* argv[] = {"home:/test/helpers/exit_with", "0", NULL};
    uint64_t start = uptime();
    for (int i = 0; i < SPAWN_ROUNDS; i++)
    {
        pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
        if (pid == -1)
        {
            return fail("spawn home:/test/helpers/exit_with");
        }
        if (process_wait(pid, NULL) == -1)
        {
            return fail("process_wait");
        }
    }
    uint64_t elapsed = uptime() - start;
    writef(STDOUT_FILENO, "BENCH spawn_wait_us %llu us\n", (unsigned long long)(elapsed / SPAWN_ROUNDS / 1000));
    return 0;
}

static int write_test_file(fd_t fd)
{
    memset(chunk, 0x5a, sizeof(chunk));
    for (size_t done = 0; done < FILE_SIZE; done += CHUNK_SIZE)
    {
        if (write(fd, chunk, CHUNK_SIZE) != CHUNK_SIZE)
        {
            return fail("writing " FILE_PATH);
        }
    }
    return 0;
}

static int read_test_file(fd_t fd)
{
    for (int round = 0; round < READ_ROUNDS; round++)
    {
        if (seek(fd, 0, SEEK_SET) != 0)
        {
            return fail("seek");
        }
        size_t total = 0;
        ssize_t got;
        while ((got = read(fd, chunk, CHUNK_SIZE)) > 0)
        {
            total += (size_t)got;
        }
        if (got == -1 || total != FILE_SIZE)
        {
            return fail("reading " FILE_PATH " back");
        }
    }
    return 0;
}

static int bench_ramfs_read(void)
{
    fd_t fd = io_open(FILE_PATH "?create&trunc");
    if (fd == -1)
    {
        return fail("open " FILE_PATH);
    }
    int result = write_test_file(fd);
    uint64_t start = uptime();
    if (result == 0)
    {
        result = read_test_file(fd);
    }
    uint64_t elapsed = uptime() - start;
    close(fd);
    remove(FILE_PATH);
    if (result == 0)
    {
        // Bytes per microsecond is MB/s (10^6 bytes).
        uint64_t bytes = (uint64_t)FILE_SIZE * READ_ROUNDS;
        uint64_t micros = elapsed / 1000 > 0 ? elapsed / 1000 : 1;
        writef(STDOUT_FILENO, "BENCH ramfs_read_MBps %llu MB/s\n", (unsigned long long)(bytes / micros));
    }
    return result;
}

int main(void)
{
    // The first thing this program does, when the kernel runs it as its
    // first process: the uptime counts from the kernel's entry.
    uint64_t started = uptime();
    writef(STDOUT_FILENO, "BENCH boot_to_user_ms %llu ms\n", (unsigned long long)(started / 1000000));
    int failed = 0;
    failed |= bench_syscall_null();
    failed |= bench_spawn_wait();
    failed |= bench_ramfs_read();
    return failed != 0 ? 1 : 0;
}
