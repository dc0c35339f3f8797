/**
 * @file sys/time.h
 * @brief POSIX's struct timeval and gettimeofday.
 */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H 1

#include <sys/types.h>

/** A time in seconds and microseconds. */
struct timeval
{
    time_t tv_sec;       /**< seconds */
    suseconds_t tv_usec; /**< microseconds, 0 to 999999 */
};

/**
 * Store the wall-clock time (time.h's CLOCK_REALTIME) in @p tv.
 * @p timezone must be NULL (POSIX leaves other values unspecified: here
 * they fail with EINVAL); a NULL @p tv fails with EFAULT.
 */
int gettimeofday(struct timeval* restrict tv, void* restrict timezone);

#endif
