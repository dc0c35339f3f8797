// sys: benchmarks (bench=sysfs): what it costs to resolve, open, list and
// stat sys: names, through the VFS from inside the kernel (no system
// calls). Each figure is the mean of many rounds, in nanoseconds.
#include "vfs.h"

#include <kernel/panic/panic.h>
#include <kernel/test/kbench.h>
#include <kernel/arch/clock.h>

#include <stdio.h>
#include <string.h>

#define SYSFS_BENCH_ROUNDS 2000
#define SYSFS_BENCH_SOCKETS 64

static file_t* sysfs_bench_open(const char* path)
{
    file_t* file;
    if (vfs_open(NULL, path, &file) != 0)
    {
        panic("bench: cannot open %s", path);
    }
    return file;
}

// A socket's handle, and its id as text.
static file_t* sysfs_bench_socket(char id[24])
{
    file_t* handle = sysfs_bench_open("sys:/net/local/new");
    memset(id, 0, 24);
    if (file_read(handle, id, 23) <= 0)
    {
        panic("bench: a socket without an id");
    }
    return handle;
}

KBENCH(sysfs, names)
{
    char text[64];
    uint64_t start = clock_uptime_ns();
    for (int i = 0; i < SYSFS_BENCH_ROUNDS; i++)
    {
        file_t* file = sysfs_bench_open("sys:/time/realtime");
        file_read(file, text, sizeof(text));
        file_put(file);
    }
    kbench_report("sysfs_open_read_close_ns", (clock_uptime_ns() - start) / SYSFS_BENCH_ROUNDS, "ns");

    stat_t entries[32];
    start = clock_uptime_ns();
    for (int i = 0; i < SYSFS_BENCH_ROUNDS; i++)
    {
        file_t* dir = sysfs_bench_open("sys:/");
        while (file_readdir(dir, entries, 32) > 0)
        {
        }
        file_put(dir);
    }
    kbench_report("sysfs_list_root_ns", (clock_uptime_ns() - start) / SYSFS_BENCH_ROUNDS, "ns");

    // A socket's life as its files see it: made, a file opened, closed.
    start = clock_uptime_ns();
    for (int i = 0; i < SYSFS_BENCH_ROUNDS; i++)
    {
        char id[24], path[64];
        file_t* handle = sysfs_bench_socket(id);
        snprintf(path, sizeof(path), "sys:/net/local/%s/ctl", id);
        file_t* ctl = sysfs_bench_open(path);
        file_put(ctl);
        file_put(handle);
    }
    kbench_report("sysfs_socket_new_ctl_close_ns", (clock_uptime_ns() - start) / SYSFS_BENCH_ROUNDS, "ns");

    // With many sockets: list their directory, stat the last one's file.
    file_t* handles[SYSFS_BENCH_SOCKETS];
    char last[24], path[64];
    for (int i = 0; i < SYSFS_BENCH_SOCKETS; i++)
    {
        handles[i] = sysfs_bench_socket(last);
    }
    snprintf(path, sizeof(path), "sys:/net/local/%s/data", last);
    start = clock_uptime_ns();
    for (int i = 0; i < SYSFS_BENCH_ROUNDS / 10; i++)
    {
        file_t* dir = sysfs_bench_open("sys:/net/local");
        while (file_readdir(dir, entries, 32) > 0)
        {
        }
        file_put(dir);
    }
    kbench_report("sysfs_list_64_sockets_ns", (clock_uptime_ns() - start) / (SYSFS_BENCH_ROUNDS / 10), "ns");
    start = clock_uptime_ns();
    for (int i = 0; i < SYSFS_BENCH_ROUNDS; i++)
    {
        stat_t info;
        if (vfs_stat(NULL, path, &info) != 0)
        {
            panic("bench: cannot stat %s", path);
        }
    }
    kbench_report("sysfs_stat_of_64th_socket_ns", (clock_uptime_ns() - start) / SYSFS_BENCH_ROUNDS, "ns");
    for (int i = 0; i < SYSFS_BENCH_SOCKETS; i++)
    {
        file_put(handles[i]);
    }
}
