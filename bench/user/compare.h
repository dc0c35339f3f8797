// What the comparison programs (bench/user/compare*.c) share: each is
// built twice, by the cross GCC for PatchworkOS and by the host's GCC for
// Debian's Linux (bench/compare.sh), and prints raw integers as
//   BENCH name value unit
// which bench/compare.sh scales and pairs. A failure prints a "# " line
// saying what failed and makes the program exit with 1.
#ifndef BENCH_USER_COMPARE_H
#define BENCH_USER_COMPARE_H 1

#include <errno.h>
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

#endif
