// home:/test/time_test: time.h in user space. The wall clock is plausible
// (after 2024), agrees with sys:/time/realtime and advances with the
// monotonic clock; sleeps last at least as long as asked; the monotonic
// clock never goes back, on one thread or several; gmtime and mktime
// round-trip over many dates (leap years, 1970, 2038, 2100); strftime's
// every conversion on fixed dates; asctime, ctime, difftime, clock.
#include "tap.h"

#include <stdint.h>
#include <stdio.h>
#include <sys/proc.h>
#include <threads.h>
#include <time.h>

#define MS 1000000LL
#define NS_PER_SECOND 1000000000LL
#define DAY 86400LL
#define YEAR_2024 1704067200LL // 2024-01-01 00:00:00 UTC
#define YEAR_2100 4102444800LL

static int64_t ns_of(const struct timespec* ts)
{
    return (int64_t)ts->tv_sec * NS_PER_SECOND + ts->tv_nsec;
}

static const char* test_time_is_plausible(void)
{
    time_t stored = 0;
    time_t now = time(&stored);
    TAP_CHECK(now == stored, "time() returned %ld but stored %ld", (long)now, (long)stored);
    TAP_CHECK(now > YEAR_2024 && now < YEAR_2100, "time() is %ld: not between 2024 and 2100", (long)now);
    TAP_CHECK(time(NULL) >= now, "time() went back");
    return NULL;
}

static const char* test_time_advances(void)
{
    time_t before = time(NULL);
    struct timespec nap = {1, 100 * MS};
    TAP_CHECK_OK(nanosleep(&nap, NULL));
    time_t after = time(NULL);
    // At least the sleep; no upper bound: how long the thread waits for a
    // CPU afterwards depends on the host, not on the OS.
    TAP_CHECK(after - before >= 1, "time() went from %ld to %ld across a 1.1 s sleep",
              (long)before, (long)after);
    return NULL;
}

static const char* test_realtime_agrees(void)
{
    time_t before = time(NULL);
    struct timespec now;
    TAP_CHECK_OK(clock_gettime(CLOCK_REALTIME, &now));
    struct timespec utc;
    int base = timespec_get(&utc, TIME_UTC);
    time_t after = time(NULL);
    TAP_CHECK(now.tv_sec >= before && now.tv_sec <= after, "CLOCK_REALTIME %ld is not between time()'s %ld and %ld",
              (long)now.tv_sec, (long)before, (long)after);
    TAP_CHECK(now.tv_nsec >= 0 && now.tv_nsec < NS_PER_SECOND, "tv_nsec %ld", now.tv_nsec);
    TAP_CHECK(base == TIME_UTC, "timespec_get gave %d, not TIME_UTC", base);
    TAP_CHECK(ns_of(&utc) >= ns_of(&now) && utc.tv_sec <= after, "timespec_get %ld.%09ld is not after %ld.%09ld",
              (long)utc.tv_sec, utc.tv_nsec, (long)now.tv_sec, now.tv_nsec);
    TAP_CHECK(timespec_get(&utc, 0) == 0, "timespec_get with base 0 did not give 0");
    TAP_CHECK_ERRNO(clock_gettime(7, &now), EINVAL);
    return NULL;
}

// The wall clock is the monotonic one plus a constant: both move alike.
static const char* test_realtime_moves_with_monotonic(void)
{
    struct timespec real0, mono0, real1, mono1;
    TAP_CHECK_OK(clock_gettime(CLOCK_MONOTONIC, &mono0));
    TAP_CHECK_OK(clock_gettime(CLOCK_REALTIME, &real0));
    sleep_ns(50 * MS);
    TAP_CHECK_OK(clock_gettime(CLOCK_MONOTONIC, &mono1));
    TAP_CHECK_OK(clock_gettime(CLOCK_REALTIME, &real1));
    int64_t real = ns_of(&real1) - ns_of(&real0), mono = ns_of(&mono1) - ns_of(&mono0);
    TAP_CHECK(real >= 50 * MS && mono >= 50 * MS, "over a 50 ms sleep: realtime moved %lld ns, monotonic %lld ns",
              (long long)real, (long long)mono);
    TAP_CHECK(real - mono < 20 * MS && mono - real < 20 * MS, "realtime moved %lld ns, monotonic %lld ns",
              (long long)real, (long long)mono);
    return NULL;
}

static const char* test_nanosleep_at_least(void)
{
    static const long long durations[] = {0, 1, 999, 1 * MS, 3 * MS, 10 * MS, 50 * MS, 230 * MS};
    for (size_t i = 0; i < sizeof(durations) / sizeof(durations[0]); i++)
    {
        struct timespec request = {durations[i] / NS_PER_SECOND, durations[i] % NS_PER_SECOND};
        struct timespec remaining = {99, 99};
        uint64_t start = uptime();
        TAP_CHECK_OK(nanosleep(&request, &remaining));
        uint64_t slept = uptime() - start;
        TAP_CHECK(slept >= (uint64_t)durations[i], "nanosleep(%lld ns) slept %llu ns", durations[i],
                  (unsigned long long)slept);
        TAP_CHECK(remaining.tv_sec == 99, "nanosleep wrote remaining without being interrupted");
    }
    struct timespec bad = {0, NS_PER_SECOND};
    TAP_CHECK_ERRNO(nanosleep(&bad, NULL), EINVAL);
    bad = (struct timespec){-1, 0};
    TAP_CHECK_ERRNO(nanosleep(&bad, NULL), EINVAL);
    bad = (struct timespec){0, -1};
    TAP_CHECK_ERRNO(nanosleep(&bad, NULL), EINVAL);
    return NULL;
}

static const char* test_monotonic_one_thread(void)
{
    struct timespec last;
    TAP_CHECK_OK(clock_gettime(CLOCK_MONOTONIC, &last));
    for (int i = 0; i < 20000; i++)
    {
        struct timespec now;
        TAP_CHECK_OK(clock_gettime(CLOCK_MONOTONIC, &now));
        TAP_CHECK(now.tv_nsec >= 0 && now.tv_nsec < NS_PER_SECOND, "tv_nsec %ld", now.tv_nsec);
        TAP_CHECK(ns_of(&now) >= ns_of(&last), "CLOCK_MONOTONIC went from %lld to %lld", (long long)ns_of(&last),
                  (long long)ns_of(&now));
        last = now;
    }
    return NULL;
}

// Several threads, on several CPUs when there are: each reading must be
// at least any reading published before it was taken.
#define MONOTONIC_THREADS 4
#define MONOTONIC_READS 5000

static volatile int64_t latest_reading;
static volatile uint32_t went_back;

static int monotonic_reader(void* unused)
{
    (void)unused;
    for (int i = 0; i < MONOTONIC_READS; i++)
    {
        int64_t published = __atomic_load_n(&latest_reading, __ATOMIC_SEQ_CST);
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        int64_t reading = ns_of(&now);
        if (reading < published)
        {
            __atomic_add_fetch(&went_back, 1, __ATOMIC_SEQ_CST);
        }
        int64_t seen = published;
        while (reading > seen && !__atomic_compare_exchange_n(&latest_reading, &seen, reading, false,
                                                              __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        {
        }
    }
    return 0;
}

static const char* test_monotonic_threads(void)
{
    thrd_t threads[MONOTONIC_THREADS];
    for (int i = 0; i < MONOTONIC_THREADS; i++)
    {
        TAP_CHECK(thrd_create(&threads[i], monotonic_reader, NULL) == thrd_success, "thrd_create failed");
    }
    for (int i = 0; i < MONOTONIC_THREADS; i++)
    {
        thrd_join(threads[i], NULL);
    }
    TAP_CHECK(went_back == 0, "a reading was earlier than one published before it %u times", went_back);
    return NULL;
}

static const char* tm_text(const struct tm* tm)
{
    static char text[80];
    snprintf(text, sizeof(text), "%d-%02d-%02d %02d:%02d:%02d (wday %d yday %d)", tm->tm_year + 1900,
             tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday);
    return text;
}

// Dates whose time_t is known, leap days and the famous edges among them.
static const char* test_known_dates(void)
{
    static const struct
    {
        long long t;
        int year, month, day, hour, minute, second, wday, yday;
    } dates[] = {
        {0, 1970, 1, 1, 0, 0, 0, 4, 0},
        {-1, 1969, 12, 31, 23, 59, 59, 3, 364},
        {68169600, 1972, 2, 29, 0, 0, 0, 2, 59},
        {951782400, 2000, 2, 29, 0, 0, 0, 2, 59},
        {978307199, 2000, 12, 31, 23, 59, 59, 0, 365},
        {2147483647, 2038, 1, 19, 3, 14, 7, 2, 18},
        {2147483648LL, 2038, 1, 19, 3, 14, 8, 2, 18},
        {-2147483648LL, 1901, 12, 13, 20, 45, 52, 5, 346},
        {4107456000LL, 2100, 2, 28, 0, 0, 0, 0, 58},
        {4107542400LL, 2100, 3, 1, 0, 0, 0, 1, 59}, // 2100 has no February 29
        {-2203891200LL, 1900, 3, 1, 0, 0, 0, 4, 59}, // nor has 1900
        {-11644473600LL, 1601, 1, 1, 0, 0, 0, 1, 0},
        {253402300799LL, 9999, 12, 31, 23, 59, 59, 5, 364},
    };
    for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++)
    {
        time_t t = (time_t)dates[i].t;
        struct tm tm;
        TAP_CHECK(gmtime_r(&t, &tm) == &tm, "gmtime_r(%lld) failed", dates[i].t);
        TAP_CHECK(tm.tm_year + 1900 == dates[i].year && tm.tm_mon + 1 == dates[i].month &&
                      tm.tm_mday == dates[i].day && tm.tm_hour == dates[i].hour && tm.tm_min == dates[i].minute &&
                      tm.tm_sec == dates[i].second && tm.tm_wday == dates[i].wday && tm.tm_yday == dates[i].yday &&
                      tm.tm_isdst == 0,
                  "gmtime_r(%lld) is %s", dates[i].t, tm_text(&tm));
        struct tm given = {.tm_year = dates[i].year - 1900, .tm_mon = dates[i].month - 1, .tm_mday = dates[i].day,
                           .tm_hour = dates[i].hour, .tm_min = dates[i].minute, .tm_sec = dates[i].second,
                           .tm_isdst = -1};
        time_t back = mktime(&given);
        TAP_CHECK(back == t, "mktime(%s) is %ld, expected %lld", tm_text(&given), (long)back, dates[i].t);
        TAP_CHECK(given.tm_wday == dates[i].wday && given.tm_yday == dates[i].yday,
                  "mktime left %s, expected wday %d yday %d", tm_text(&given), dates[i].wday, dates[i].yday);
    }
    return NULL;
}

static const char* round_trip(time_t t)
{
    struct tm tm;
    TAP_CHECK(gmtime_r(&t, &tm) != NULL, "gmtime_r(%ld) failed", (long)t);
    TAP_CHECK(tm.tm_sec >= 0 && tm.tm_sec < 60 && tm.tm_min >= 0 && tm.tm_min < 60 && tm.tm_hour >= 0 &&
                  tm.tm_hour < 24 && tm.tm_mday >= 1 && tm.tm_mday <= 31 && tm.tm_mon >= 0 && tm.tm_mon < 12 &&
                  tm.tm_wday >= 0 && tm.tm_wday < 7 && tm.tm_yday >= 0 && tm.tm_yday < 366,
              "gmtime_r(%ld) gave a field out of range: %s", (long)t, tm_text(&tm));
    struct tm copy = tm;
    time_t back = mktime(&copy);
    TAP_CHECK(back == t, "mktime(gmtime(%ld) = %s) gave %ld", (long)t, tm_text(&tm), (long)back);
    return NULL;
}

static const char* test_round_trips(void)
{
    // Every day from 1899 to 2201, at a different second of each.
    int previous_yday = -1, previous_year = 0;
    for (long long day = -25568; day <= 84000; day++)
    {
        time_t t = (time_t)(day * DAY + ((day * 7919) % DAY + DAY) % DAY);
        const char* failure = round_trip(t);
        if (failure != NULL)
        {
            return failure;
        }
        struct tm tm;
        gmtime_r(&t, &tm);
        // Days follow one another: the day of the year counts up by one,
        // and a year ends on day 365 (366 in leap years).
        if (tm.tm_year == previous_year)
        {
            TAP_CHECK(tm.tm_yday == previous_yday + 1, "%s follows day %d", tm_text(&tm), previous_yday);
        }
        else if (previous_yday != -1)
        {
            int y = previous_year + 1900;
            bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            TAP_CHECK(tm.tm_yday == 0 && previous_yday == (leap ? 365 : 364), "year %d ended on day %d", y,
                      previous_yday);
        }
        previous_yday = tm.tm_yday;
        previous_year = tm.tm_year;
    }
    // Far times, both ways.
    uint64_t random = 0x2545F4914F6CDD1DULL;
    for (int i = 0; i < 20000; i++)
    {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        const char* failure = round_trip((time_t)((int64_t)(random % 200000000000000ULL) - 100000000000000LL));
        if (failure != NULL)
        {
            return failure;
        }
    }
    return NULL;
}

static const char* test_mktime_normalises(void)
{
    // 2024-01-31 plus one month is "February 31": March 2 in a leap year.
    struct tm tm = {.tm_year = 124, .tm_mon = 1, .tm_mday = 31, .tm_hour = 25, .tm_min = -1, .tm_sec = 3600};
    time_t t = mktime(&tm);
    TAP_CHECK(tm.tm_year == 124 && tm.tm_mon == 2 && tm.tm_mday == 3 && tm.tm_hour == 1 && tm.tm_min == 59 &&
                  tm.tm_sec == 0 && tm.tm_wday == 0 && tm.tm_yday == 62,
              "normalised to %s", tm_text(&tm));
    TAP_CHECK(t == 1709431140, "mktime gave %ld", (long)t);
    struct tm before = {.tm_year = 100, .tm_mon = -1, .tm_mday = 0}; // the day before 1999-12-01
    mktime(&before);
    TAP_CHECK(before.tm_year == 99 && before.tm_mon == 10 && before.tm_mday == 30, "normalised to %s",
              tm_text(&before));
    return NULL;
}

// Fixed dates (C17's C locale): 2024-02-29 13:05:09 was a Thursday.
static const char* test_strftime_conversions(void)
{
    static const struct
    {
        const char* format;
        const char* expected;
    } cases[] = {
        {"%a", "Thu"}, {"%A", "Thursday"}, {"%b", "Feb"}, {"%B", "February"}, {"%c", "Thu Feb 29 13:05:09 2024"},
        {"%C", "20"}, {"%d", "29"}, {"%D", "02/29/24"}, {"%e", "29"}, {"%F", "2024-02-29"}, {"%g", "24"},
        {"%G", "2024"}, {"%h", "Feb"}, {"%H", "13"}, {"%I", "01"}, {"%j", "060"}, {"%m", "02"}, {"%M", "05"},
        {"%n", "\n"}, {"%p", "PM"}, {"%r", "01:05:09 PM"}, {"%R", "13:05"}, {"%S", "09"}, {"%t", "\t"},
        {"%T", "13:05:09"}, {"%u", "4"}, {"%U", "08"}, {"%V", "09"}, {"%w", "4"}, {"%W", "09"}, {"%x", "02/29/24"},
        {"%X", "13:05:09"}, {"%y", "24"}, {"%Y", "2024"}, {"%z", "+0000"}, {"%Z", "UTC"}, {"%%", "%"},
        {"%Ec|%EC|%Ex|%EX|%Ey|%EY", "Thu Feb 29 13:05:09 2024|20|02/29/24|13:05:09|24|2024"},
        {"%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", "29|29|13|01|02|05|09|4|08|09|4|09|24"},
        {"at %H:%M on %d.%m.", "at 13:05 on 29.02."},
    };
    struct tm tm = {.tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_hour = 13, .tm_min = 5, .tm_sec = 9};
    mktime(&tm);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        char text[80];
        size_t length = strftime(text, sizeof(text), cases[i].format, &tm);
        TAP_CHECK(length == strlen(cases[i].expected) && strcmp(text, cases[i].expected) == 0,
                  "strftime(\"%s\") gave \"%s\" (%zu), expected \"%s\"", cases[i].format, text, length,
                  cases[i].expected);
    }
    char small[8];
    TAP_CHECK(strftime(small, sizeof(small), "%A", &tm) == 0, "\"Thursday\" fit in 8 bytes");
    return NULL;
}

// The ISO 8601 week and the Sunday and Monday weeks around New Year.
static const char* test_strftime_weeks(void)
{
    static const struct
    {
        int year, month, day;
        const char* expected; // "%G-W%V-%u %U %W %g"
    } cases[] = {
        {2005, 1, 1, "2004-W53-6 00 00 04"}, {2005, 1, 2, "2004-W53-7 01 00 04"}, {2005, 1, 3, "2005-W01-1 01 01 05"},
        {2007, 1, 1, "2007-W01-1 00 01 07"}, {2008, 12, 28, "2008-W52-7 52 51 08"},
        {2008, 12, 29, "2009-W01-1 52 52 09"}, {2009, 12, 31, "2009-W53-4 52 52 09"},
        {2010, 1, 3, "2009-W53-7 01 00 09"}, {2010, 1, 4, "2010-W01-1 01 01 10"},
        {2020, 12, 31, "2020-W53-4 52 52 20"}, {2021, 1, 1, "2020-W53-5 00 00 20"},
        {2026, 12, 31, "2026-W53-4 52 52 26"}, {2027, 1, 1, "2026-W53-5 00 00 26"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        struct tm tm = {.tm_year = cases[i].year - 1900, .tm_mon = cases[i].month - 1, .tm_mday = cases[i].day};
        mktime(&tm);
        char text[40];
        strftime(text, sizeof(text), "%G-W%V-%u %U %W %g", &tm);
        TAP_CHECK(strcmp(text, cases[i].expected) == 0, "%04d-%02d-%02d gave \"%s\", expected \"%s\"",
                  cases[i].year, cases[i].month, cases[i].day, text, cases[i].expected);
    }
    return NULL;
}

static const char* test_asctime_ctime(void)
{
    struct tm tm = {.tm_year = 73, .tm_mon = 8, .tm_mday = 16, .tm_hour = 1, .tm_min = 3, .tm_sec = 52};
    time_t t = mktime(&tm);
    const char* expected = "Sun Sep 16 01:03:52 1973\n";
    TAP_CHECK(strcmp(asctime(&tm), expected) == 0, "asctime gave \"%s\"", asctime(&tm));
    TAP_CHECK(strcmp(ctime(&t), expected) == 0, "ctime gave \"%s\"", ctime(&t));
    char buffer[26];
    TAP_CHECK(asctime_r(&tm, buffer) == buffer && strcmp(buffer, expected) == 0, "asctime_r gave \"%s\"", buffer);
    TAP_CHECK(ctime_r(&t, buffer) == buffer && strcmp(buffer, expected) == 0, "ctime_r gave \"%s\"", buffer);
    struct tm* local = localtime(&t);
    TAP_CHECK(local != NULL && local->tm_hour == 1 && local->tm_mday == 16, "localtime is not UTC: %s",
              local != NULL ? tm_text(local) : "NULL");
    struct tm* utc = gmtime(&t);
    TAP_CHECK(utc == local, "gmtime and localtime do not share their buffer");
    struct tm far = {.tm_year = 12000, .tm_mon = 0, .tm_mday = 1, .tm_wday = 1};
    TAP_CHECK(strcmp(asctime(&far), "Mon Jan  1 00:00:00 13900\n") == 0, "asctime of year 13900 gave \"%s\"",
              asctime(&far));
    TAP_CHECK_ERRNO(asctime_r(&far, buffer) == NULL ? -1 : 0, EOVERFLOW);
    time_t huge = (time_t)1 << 62;
    errno = 0;
    TAP_CHECK(gmtime(&huge) == NULL && errno == EOVERFLOW, "gmtime(2^62) did not fail with EOVERFLOW");
    return NULL;
}

static const char* test_difftime_clock(void)
{
    TAP_CHECK(difftime(10, 3) == 7.0 && difftime(3, 10) == -7.0, "difftime(10, 3) = %g", difftime(10, 3));
    double span = difftime((time_t)INT64_MAX, (time_t)INT64_MIN);
    TAP_CHECK(span > 1.8e19 && span < 1.9e19, "difftime(max, min) = %g", span);
    clock_t before = clock();
    TAP_CHECK(before >= 0, "clock() = %ld", (long)before);
    sleep_ns(20 * MS);
    clock_t after = clock();
    TAP_CHECK(after - before >= 20 * CLOCKS_PER_SEC / 1000, "clock() moved %ld ticks over a 20 ms sleep",
              (long)(after - before));
    TAP_CHECK(after - before < 5 * CLOCKS_PER_SEC, "clock() moved %ld ticks over a 20 ms sleep",
              (long)(after - before));
    return NULL;
}

int main(void)
{
    tap_suite("time");
    tap_run("time-is-plausible", test_time_is_plausible);
    tap_run("time-advances", test_time_advances);
    tap_run("realtime-agrees", test_realtime_agrees);
    tap_run("realtime-moves-with-monotonic", test_realtime_moves_with_monotonic);
    tap_run("nanosleep-at-least", test_nanosleep_at_least);
    tap_run("monotonic-one-thread", test_monotonic_one_thread);
    tap_run("monotonic-threads", test_monotonic_threads);
    tap_run("known-dates", test_known_dates);
    tap_run("gmtime-mktime-round-trips", test_round_trips);
    tap_run("mktime-normalises", test_mktime_normalises);
    tap_run("strftime-conversions", test_strftime_conversions);
    tap_run("strftime-weeks", test_strftime_weeks);
    tap_run("asctime-ctime", test_asctime_ctime);
    tap_run("difftime-clock", test_difftime_clock);
    return tap_exit_status();
}
