// File-system benchmarks (bench=fs): reading and writing a 16 MiB ramfs
// file through the VFS. A read is one memcpy under the tree's read lock,
// so the figure should be close to the machine's memory bandwidth.
#include "vfs.h"

#include <kernel/arch/clock.h>
#include <kernel/mem/heap.h>
#include <kernel/panic/panic.h>
#include <kernel/test/kbench.h>

#include <string.h>

#define FS_BENCH_PATH "home:/kbench-16MiB"
#define FS_BENCH_SIZE (16ULL << 20)
#define FS_BENCH_PIECE (64ULL << 10)
#define FS_BENCH_ROUNDS 8

KBENCH(fs, ramfs_16MiB)
{
    uint8_t* buffer = kmalloc(FS_BENCH_SIZE);
    file_t* file;
    if (buffer == NULL || vfs_open(NULL, FS_BENCH_PATH "?create&trunc", &file) < 0)
    {
        panic("bench: cannot set up %s", FS_BENCH_PATH);
    }
    memset(buffer, 0x5A, FS_BENCH_SIZE);

    // Written in 64 KiB pieces, so the file grows as it would from a program.
    uint64_t start = clock_uptime_ns();
    for (uint64_t done = 0; done < FS_BENCH_SIZE; done += FS_BENCH_PIECE)
    {
        file_write(file, buffer + done, FS_BENCH_PIECE);
    }
    uint64_t write_ns = clock_uptime_ns() - start;

    start = clock_uptime_ns();
    for (int round = 0; round < FS_BENCH_ROUNDS; round++)
    {
        file_seek(file, 0, SEEK_SET);
        if (file_read(file, buffer, FS_BENCH_SIZE) != (ssize_t)FS_BENCH_SIZE)
        {
            panic("bench: short read of %s", FS_BENCH_PATH);
        }
    }
    uint64_t read_ns = (clock_uptime_ns() - start) / FS_BENCH_ROUNDS;

    file_put(file);
    vfs_remove(NULL, FS_BENCH_PATH);
    kfree(buffer);
    kbench_report("ramfs_write_16MiB_us", write_ns / 1000, "us");
    kbench_report("ramfs_read_16MiB_us", read_ns / 1000, "us");
    kbench_report("ramfs_read_MiB_per_s", read_ns ? (16ULL * CLOCK_NS_PER_SECOND) / read_ns : 0, "MiB/s");
}
