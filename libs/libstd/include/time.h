/**
 * @file time.h
 * @brief Date and time (C17 7.27), with the POSIX clocks and sleeps that
 * programs expect (clock_gettime, nanosleep).
 *
 * There are no time zones: local time is UTC. localtime() is gmtime(),
 * mktime() takes a struct tm as UTC (it is timegm()), tm_isdst is always
 * 0 in results and ignored in arguments, strftime's %z gives "+0000" and
 * %Z "UTC". The proleptic Gregorian calendar is used for every year, year
 * 0 and negative years included (no leap seconds).
 *
 * Clocks:
 * - the wall clock (time(), CLOCK_REALTIME, TIME_UTC) is the machine's
 *   CMOS clock, read once at boot and carried on by the kernel's uptime
 *   clock: it never jumps and is never set. The kernel gives it as whole
 *   seconds through a system call (time()) and with nanoseconds in the
 *   file sys:/time/realtime (clock_gettime and timespec_get read it, so
 *   they need a free file descriptor);
 * - CLOCK_MONOTONIC is the time since boot in nanoseconds;
 * - clock() is NOT processor time: the kernel keeps no per-process CPU
 *   time, so it is the monotonic time since the program started
 *   (CLOCKS_PER_SEC ticks per second).
 *
 * Calendar arithmetic (mktime, gmtime_r, strftime, asctime_r) is shared
 * with the kernel and bootloader; the rest is user space only.
 */
#ifndef _TIME_H
#define _TIME_H 1

#include <stddef.h>

/** Seconds since 1970-01-01 00:00:00 UTC (no leap seconds), 64 bits. */
typedef long time_t;
/** clock()'s ticks. */
typedef long clock_t;
/** Which clock clock_gettime() reads. */
typedef int clockid_t;

/** clock()'s ticks per second: microseconds, as POSIX asks. */
#define CLOCKS_PER_SEC 1000000L

/** timespec_get()'s only base: the wall clock. */
#define TIME_UTC 1

/** clock_gettime()'s clocks. */
#define CLOCK_REALTIME 0  /**< the wall clock, as time() */
#define CLOCK_MONOTONIC 1 /**< time since boot: never goes back */

#ifndef NULL
#define NULL ((void*)0)
#endif

/** A time in seconds and nanoseconds (0 to 999999999). */
struct timespec
{
    time_t tv_sec;
    long tv_nsec;
};

/** A broken-down calendar time. Ranges are those of a normalised time. */
struct tm
{
    int tm_sec;   /**< seconds after the minute, 0-60 */
    int tm_min;   /**< minutes after the hour, 0-59 */
    int tm_hour;  /**< hours since midnight, 0-23 */
    int tm_mday;  /**< day of the month, 1-31 */
    int tm_mon;   /**< months since January, 0-11 */
    int tm_year;  /**< years since 1900 */
    int tm_wday;  /**< days since Sunday, 0-6 */
    int tm_yday;  /**< days since January 1, 0-365 */
    int tm_isdst; /**< daylight saving time: always 0 here */
};

/*
 * Time manipulation.
 */

/**
 * The processor time approximation: here the monotonic time since the
 * program started, in CLOCKS_PER_SEC ticks (see above).
 */
clock_t clock(void);

/** @p time1 - @p time0 in seconds. */
double difftime(time_t time1, time_t time0);

/**
 * The time_t of the UTC calendar time in @p tm, whose fields may be out of
 * their ranges (a tm_mday of 0 is the last day of the month before, a
 * tm_sec of 90 is 1:30 later, and so on); tm_wday and tm_yday are ignored.
 * On success @p tm is normalised (every field set, in range). Returns
 * (time_t)-1 with errno EOVERFLOW when the result, or its year in an int,
 * does not fit (-1 is also the valid result for 1969-12-31 23:59:59).
 */
time_t mktime(struct tm* tm);

/** mktime() by its POSIX 2024 and C23 name, which says what it does here. */
time_t timegm(struct tm* tm);

/** The wall-clock time; also stored in *@p timer when not NULL. */
time_t time(time_t* timer);

/**
 * Store the wall-clock time in @p ts when @p base is TIME_UTC. Returns
 * @p base on success, 0 otherwise (another base, or the clock could not
 * be read).
 */
int timespec_get(struct timespec* ts, int base);

/*
 * Time conversion. Functions marked "static" return a pointer into one
 * buffer of libstd's that the next call to any of them (from any thread)
 * overwrites; prefer the _r forms.
 */

/**
 * "Sun Sep 16 01:03:52 1973\n" for @p tm (C17's format; a year past 9999
 * just makes it longer, a name out of range shows as "???"). Static.
 */
char* asctime(const struct tm* tm);

/**
 * asctime() into @p buffer of 26 bytes (POSIX's size). Returns @p buffer,
 * or NULL with errno EOVERFLOW when the text does not fit (a year outside
 * -999 to 9999, or fields far out of range).
 */
char* asctime_r(const struct tm* restrict tm, char* restrict buffer);

/** asctime(localtime(timer)). Static. NULL when localtime fails. */
char* ctime(const time_t* timer);

/** asctime_r() of localtime_r(): @p buffer as for asctime_r (NULL, EOVERFLOW). */
char* ctime_r(const time_t* timer, char* buffer);

/**
 * The UTC calendar time of *@p timer. Static. NULL with errno EOVERFLOW
 * when the year does not fit in tm_year.
 */
struct tm* gmtime(const time_t* timer);

/** gmtime() into @p result, which it returns (or NULL, EOVERFLOW). */
struct tm* gmtime_r(const time_t* restrict timer, struct tm* restrict result);

/** Local time: gmtime() (there are no time zones). Static. */
struct tm* localtime(const time_t* timer);

/** Local time into @p result: gmtime_r(). */
struct tm* localtime_r(const time_t* restrict timer, struct tm* restrict result);

/**
 * Format @p tm as @p format says into @p dest, writing at most @p max
 * bytes including the terminating null byte. Returns the number of bytes
 * written without the null byte, or 0 when they do not fit (then @p dest
 * holds an unspecified string cut short).
 *
 * Conversions, in the C locale (C17 7.27.3.5):
 *   %a %A   weekday, abbreviated ("Sun") and full ("Sunday")
 *   %b %h   month, abbreviated ("Jan"); %B full ("January")
 *   %c      "%a %b %e %H:%M:%S %Y"
 *   %C      century: the year / 100, truncated (2 digits at least)
 *   %d      day of the month, 01-31; %e the same padded with a space
 *   %D      "%m/%d/%y"; %F "%Y-%m-%d"
 *   %g %G   ISO 8601 week-based year: last 2 digits, and in full
 *   %H      hour 00-23; %I hour 01-12
 *   %j      day of the year, 001-366
 *   %m      month 01-12; %M minute 00-59
 *   %n %t   a newline, a tab
 *   %p      "AM" or "PM"
 *   %r      "%I:%M:%S %p"; %R "%H:%M"; %T "%H:%M:%S"
 *   %S      second 00-60
 *   %u      weekday 1-7, Monday 1; %w weekday 0-6, Sunday 0
 *   %U      week of the year 00-53, weeks starting on Sunday (days
 *           before the first Sunday are week 0); %W the same from Monday
 *   %V      ISO 8601 week 01-53 (weeks start on Monday; week 1 holds the
 *           year's first Thursday)
 *   %x      "%m/%d/%y"; %X "%H:%M:%S"
 *   %y      last 2 digits of the year (of its magnitude when negative);
 *           %Y the year in full
 *   %z      "+0000"; %Z "UTC" (both nothing when tm_isdst < 0)
 *   %%      a '%'
 * The E and O modifiers (%Ec, %Oy, ...) are accepted and change nothing,
 * as in the C locale. A conversion that is not listed is copied as it is;
 * a field out of range gives '?' for names and its value for numbers.
 * Years are printed as they are: year 0 is "0", 1 BC, and -1 is 2 BC.
 */
size_t strftime(char* restrict dest, size_t max, const char* restrict format, const struct tm* restrict tm)
    __attribute__((format(strftime, 3, 0)));

/*
 * POSIX clocks and sleep.
 */

/**
 * Read clock @p clock (CLOCK_REALTIME or CLOCK_MONOTONIC) into @p ts.
 * Returns 0, or -1 with errno EINVAL for another clock (or the error
 * reading sys:/time/realtime: EMFILE when no descriptor is free).
 */
int clock_gettime(clockid_t clock, struct timespec* ts);

/**
 * Sleep at least @p request. Returns 0; or -1 with errno EINVAL (tv_nsec
 * outside 0-999999999 or a negative time), or EINTR when a note handler
 * ran, storing the time that was left in *@p remaining (if not NULL).
 */
int nanosleep(const struct timespec* request, struct timespec* remaining);

#endif
