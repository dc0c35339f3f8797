// What the comparison programs (bench/user/compare*.c) share: each is
// built twice, by the cross GCC for PatchworkOS and by the host's GCC for
// Debian's Linux (bench/compare.sh), and prints raw integers as
//   BENCH name value unit
// which bench/compare.sh scales and pairs. A failure prints a "# " line
// saying what failed and makes the program exit with 1.
#ifndef BENCH_USER_COMPARE_H
#define BENCH_USER_COMPARE_H 1

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

// Every time comes from the monotonic clock, on both systems.
static inline uint64_t compare_now_ns(void)
{
    struct timespec time;
    clock_gettime(CLOCK_MONOTONIC, &time);
    return (uint64_t)time.tv_sec * 1000000000u + (uint64_t)time.tv_nsec;
}

static inline int compare_fail(const char* what)
{
    printf("# bench compare: %s: %s\n", what, strerror(errno));
    fflush(stdout);
    return 1;
}

static inline void compare_report(const char* name, uint64_t value, const char* unit)
{
    printf("BENCH %s %llu %s\n", name, (unsigned long long)value, unit);
    fflush(stdout);
}

// KB/s (10^3 bytes per second) for @p bytes in @p ns: the unit every
// throughput of the comparison is reported in.
static inline uint64_t compare_kb_per_s(uint64_t bytes, uint64_t ns)
{
    return bytes * 1000000u / (ns ? ns : 1);
}

// Batches. The figures that hand work between processes or CPUs (spawn,
// pipes, sockets, ping-pongs) are also timed in batches, and their median
// batch is reported beside the mean of the whole run (as NAME_median). On
// a busy host the host stops a virtual CPU now and then for milliseconds,
// on both systems alike; one such stop inside a run moves its mean by up
// to an order of magnitude (docs/benchmarks.md), while the median batch
// still shows what the system itself costs.
#define COMPARE_BATCHES_MAX 64

typedef struct
{
    uint64_t times[COMPARE_BATCHES_MAX];
    int count;
    uint64_t last;
} compare_batches_t;

// Start timing the first batch now.
static inline void compare_batches_start(compare_batches_t* batches)
{
    batches->count = 0;
    batches->last = compare_now_ns();
}

// End the batch in progress (and start the next) now.
static inline void compare_batches_mark(compare_batches_t* batches)
{
    uint64_t now = compare_now_ns();
    if (batches->count < COMPARE_BATCHES_MAX)
    {
        batches->times[batches->count++] = now - batches->last;
    }
    batches->last = now;
}

// For a stream: a write took the count from @p before to @p after bytes;
// a batch of @p batch_bytes ends at the write that crosses its end (a
// short write moves the count off the boundaries).
static inline void compare_batches_bytes(compare_batches_t* batches, size_t before, size_t after, size_t batch_bytes)
{
    if (after / batch_bytes != before / batch_bytes)
    {
        compare_batches_mark(batches);
    }
}

// The median batch time in ns (sorts the batches; 0 when there are none).
static inline uint64_t compare_batches_median(compare_batches_t* batches)
{
    int count = batches->count;
    uint64_t* times = batches->times;
    for (int i = 1; i < count; i++)
    {
        uint64_t time = times[i];
        int j = i;
        for (; j > 0 && times[j - 1] > time; j--)
        {
            times[j] = times[j - 1];
        }
        times[j] = time;
    }
    if (count == 0)
    {
        return 0;
    }
    return count % 2 == 1 ? times[count / 2] : (times[count / 2 - 1] + times[count / 2]) / 2;
}

#endif
