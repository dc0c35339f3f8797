// time.h's calendar code (src/time) against glibc's, in UTC: gmtime_r on
// every day of several centuries and random times far and near, mktime
// (glibc's timegm) on out-of-range fields, strftime's every conversion on
// random dates, asctime_r; and fixed strings for the ISO 8601 week edges
// and the cases glibc formats its own way (years before 1000).
//
// libstd's struct tm is glibc's without its two extensions at the end, so
// glibc's struct serves both.
#include "host_test.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct tm* pw_gmtime_r(const time_t* timer, struct tm* result);
time_t pw_mktime(struct tm* tm);
time_t pw_timegm(struct tm* tm);
size_t pw_strftime(char* dest, size_t max, const char* format, const struct tm* tm);
char* pw_asctime_r(const struct tm* tm, char* buffer);

#define DAY 86400LL

static bool same_fields(const struct tm* a, const struct tm* b)
{
    return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
           a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
           a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst;
}

static const char* fields_text(const struct tm* tm)
{
    static char text[2][96];
    static int which;
    which ^= 1;
    snprintf(text[which], sizeof(text[which]), "%d-%02d-%02d %02d:%02d:%02d wday %d yday %d dst %d",
        tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday,
        tm->tm_yday, tm->tm_isdst);
    return text[which];
}

static void check_gmtime(time_t t)
{
    struct tm ours = {0}, theirs = {0};
    struct tm* got = pw_gmtime_r(&t, &ours);
    gmtime_r(&t, &theirs);
    CHECK(got == &ours, "gmtime_r(%ld) gave %p", (long)t, (void*)got);
    CHECK(same_fields(&ours, &theirs), "gmtime_r(%ld): %s, glibc %s", (long)t, fields_text(&ours),
        fields_text(&theirs));
}

static void gmtime_every_day(void)
{
    // 1600 to 2500, a different second of each day.
    for (long long day = -135140; day < 193000; day++)
    {
        check_gmtime((time_t)(day * DAY + (day * 7919) % DAY));
    }
}

static void gmtime_edges(void)
{
    static const long long times[] = {0, -1, 1, 59, 60, 86399, 86400, -86400, -86401, 68169600 /* 1972-02-29 */,
        951782400 /* 2000-02-29 */, 951868800, 2147483647, 2147483648LL, -2147483648LL, -2147483649LL,
        4107542399LL /* 2100-02-28 23:59:59 */, 4107542400LL /* 2100-03-01: 2100 is no leap year */,
        -62135596800LL /* 0001-01-01 */, -62167219200LL /* 0000-01-01 */, -62167219201LL, 253402300799LL,
        253402300800LL, 67767976233316800LL};
    for (size_t i = 0; i < sizeof(times) / sizeof(times[0]); i++)
    {
        check_gmtime((time_t)times[i]);
    }
    for (int i = 0; i < 200000; i++)
    {
        // Near times, then ones millions of years away.
        long long range = i % 2 ? 20000000000LL : 60000000000000LL;
        check_gmtime((time_t)((long long)(next_random() % (2 * range)) - range));
    }
}

static void gmtime_overflow(void)
{
    time_t far = (time_t)1 << 62; // about 146 billion years on
    struct tm tm;
    PW_ERRNO = 0;
    CHECK(pw_gmtime_r(&far, &tm) == NULL, "gmtime_r of 2^62 gave a struct tm");
    CHECK(PW_ERRNO == EOVERFLOW, "gmtime_r of 2^62 set errno %d, not EOVERFLOW", PW_ERRNO);
    time_t least = (time_t)(-9223372036854775807LL - 1);
    CHECK(pw_gmtime_r(&least, &tm) == NULL, "gmtime_r of the least time_t gave a struct tm");
}

static int random_between(int low, int high)
{
    return low + (int)random_below((size_t)(high - low + 1));
}

static void mktime_against_timegm(void)
{
    for (int i = 0; i < 200000; i++)
    {
        struct tm ours = {0};
        bool wild = i % 3 == 0; // fields far out of their ranges
        ours.tm_year = random_between(-300, 700);
        ours.tm_mon = wild ? random_between(-40, 40) : random_between(0, 11);
        ours.tm_mday = wild ? random_between(-400, 400) : random_between(1, 31);
        ours.tm_hour = wild ? random_between(-100, 100) : random_between(0, 23);
        ours.tm_min = wild ? random_between(-3000, 3000) : random_between(0, 59);
        ours.tm_sec = wild ? random_between(-100000, 100000) : random_between(0, 60);
        ours.tm_wday = 99;
        ours.tm_yday = -5;
        struct tm theirs = ours;
        struct tm given = ours;
        time_t got = pw_mktime(&ours);
        time_t expected = timegm(&theirs);
        CHECK(got == expected, "mktime(%s) = %ld, glibc's timegm %ld", fields_text(&given), (long)got,
            (long)expected);
        CHECK(same_fields(&ours, &theirs), "mktime(%s) left %s, glibc %s", fields_text(&given), fields_text(&ours),
            fields_text(&theirs));
    }
    // Huge fields do not overflow ints on the way: the last second whose
    // tm_year fits in an int, then the one after.
    struct tm big = {.tm_year = 2147483647, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59, .tm_sec = 59};
    time_t got = pw_mktime(&big);
    CHECK(got != -1 && big.tm_year == 2147483647 && big.tm_mon == 11 && big.tm_sec == 59,
        "mktime of the last second of tm_year INT_MAX gave %ld, %s", (long)got, fields_text(&big));
    struct tm past = {.tm_year = 2147483647, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59, .tm_sec = 60};
    PW_ERRNO = 0;
    CHECK(pw_mktime(&past) == -1 && PW_ERRNO == EOVERFLOW, "mktime past tm_year INT_MAX did not fail with EOVERFLOW");
    struct tm least = {.tm_year = -2147483647 - 1, .tm_mon = 0, .tm_mday = 1};
    got = pw_mktime(&least);
    CHECK(got != -1 && least.tm_year == -2147483647 - 1 && least.tm_mday == 1,
        "mktime of the first day of tm_year INT_MIN gave %ld, %s", (long)got, fields_text(&least));
    least.tm_sec = -1;
    PW_ERRNO = 0;
    CHECK(pw_mktime(&least) == -1 && PW_ERRNO == EOVERFLOW,
        "mktime before tm_year INT_MIN did not fail with EOVERFLOW");
    struct tm before_epoch = {.tm_year = 69, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59, .tm_sec = 59};
    PW_ERRNO = 0;
    CHECK(pw_timegm(&before_epoch) == -1 && PW_ERRNO == 0 && before_epoch.tm_wday == 3,
        "timegm(1969-12-31 23:59:59) is not a plain -1 (errno %d)", PW_ERRNO);
}

// Every conversion C17 lists, with and without the E and O modifiers.
static const char* const conversions[] = {"%a", "%A", "%b", "%B", "%c", "%C", "%d", "%D", "%e", "%F", "%g", "%G",
    "%h", "%H", "%I", "%j", "%m", "%M", "%n", "%p", "%r", "%R", "%S", "%t", "%T", "%u", "%U", "%V", "%w", "%W", "%x",
    "%X", "%y", "%Y", "%z", "%Z", "%%", "%Ec", "%EC", "%Ex", "%EX", "%Ey", "%EY", "%Od", "%Oe", "%OH", "%OI", "%Om",
    "%OM", "%OS", "%Ou", "%OU", "%OV", "%Ow", "%OW", "%Oy", "<%Y-%m-%dT%H:%M:%S%z>"};

static void check_strftime(const struct tm* tm, const char* format)
{
    char ours[128], theirs[128];
    struct tm glibc_tm = *tm;
    glibc_tm.tm_zone = "UTC"; // glibc names the zone from the struct; gmtime_r's is "GMT"
    glibc_tm.tm_gmtoff = 0;
    size_t got = pw_strftime(ours, sizeof(ours), format, tm);
    size_t expected = strftime(theirs, sizeof(theirs), format, &glibc_tm);
    CHECK(got == expected && strcmp(ours, theirs) == 0, "strftime(%s) of %s gave %zu %s, glibc %zu %s",
        quote_str(format), fields_text(tm), got, quote_str(ours), expected, quote_str(theirs));
}

static void strftime_against_glibc(void)
{
    for (int i = 0; i < 20000; i++)
    {
        // Years 1000 to 9999: glibc pads years before 1000 its own way.
        time_t t = (time_t)(-30610224000LL + (long long)(next_random() % 284012524800ULL));
        if (i < 800)
        {
            // Every day around New Year, where the week numbers turn.
            t = (time_t)((2000 + i / 20) * 365.2425 - 1970 * 365.2425) * DAY + (i % 20 - 10) * DAY;
        }
        struct tm tm;
        gmtime_r(&t, &tm);
        for (size_t c = 0; c < sizeof(conversions) / sizeof(conversions[0]); c++)
        {
            check_strftime(&tm, conversions[c]);
        }
    }
}

// Fixed dates and what each conversion gives (C17's C locale).
static void strftime_fixed(void)
{
    static const struct
    {
        int year, month, day, hour, minute, second;
        const char* format;
        const char* expected;
    } cases[] = {
        {1973, 9, 16, 1, 3, 52, "%c", "Sun Sep 16 01:03:52 1973"},
        {1973, 9, 16, 13, 3, 52, "%a|%A|%b|%B|%h|%p|%I|%r", "Sun|Sunday|Sep|September|Sep|PM|01|01:03:52 PM"},
        {2024, 2, 29, 0, 0, 0, "%d|%e|%j|%m|%u|%w|%y|%Y|%C|%D|%F|%x|%X|%R|%T",
            "29|29|060|02|4|4|24|2024|20|02/29/24|2024-02-29|02/29/24|00:00:00|00:00|00:00:00"},
        {2024, 3, 5, 12, 0, 0, "%e|%I|%p|%H", " 5|12|PM|12"},
        {2024, 3, 5, 0, 7, 9, "%I|%p|%M|%S", "12|AM|07|09"},
        {2016, 12, 31, 23, 59, 60, "%S|%j|%U|%W|%V|%G|%g", "60|366|52|52|52|2016|16"},
        // ISO weeks: 2005-01-01 (a Saturday) is in 2004's week 53.
        {2005, 1, 1, 0, 0, 0, "%G-W%V-%u|%U|%W", "2004-W53-6|00|00"},
        {2005, 1, 2, 0, 0, 0, "%G-W%V-%u|%U|%W", "2004-W53-7|01|00"},
        {2005, 1, 3, 0, 0, 0, "%G-W%V-%u|%U|%W", "2005-W01-1|01|01"},
        // 2008-12-29 (a Monday) is in 2009's week 1.
        {2008, 12, 29, 0, 0, 0, "%G-W%V-%u|%g", "2009-W01-1|09"},
        {2009, 12, 31, 0, 0, 0, "%G-W%V-%u", "2009-W53-4"},
        {2010, 1, 3, 0, 0, 0, "%G-W%V-%u", "2009-W53-7"},
        {2010, 1, 4, 0, 0, 0, "%G-W%V-%u", "2010-W01-1"},
        {2020, 12, 31, 0, 0, 0, "%G-W%V-%u", "2020-W53-4"},
        {2021, 1, 1, 0, 0, 0, "%G-W%V-%u", "2020-W53-5"},
        {1970, 1, 1, 0, 0, 0, "%G-W%V-%u|%U|%W|%a", "1970-W01-4|00|00|Thu"},
        {2038, 1, 19, 3, 14, 7, "%Y-%m-%d %H:%M:%S %z %Z %%", "2038-01-19 03:14:07 +0000 UTC %"},
        {2100, 3, 1, 0, 0, 0, "%j|%a|%G-W%V", "060|Mon|2100-W09"},
        {999, 5, 4, 0, 0, 0, "%Y|%C|%y|%F", "999|09|99|999-05-04"},
        {1, 1, 1, 0, 0, 0, "%Y|%a|%G-W%V", "1|Mon|1-W01"},
        {-1, 6, 1, 0, 0, 0, "%Y|%C|%y", "-1|00|01"},
        {2024, 1, 1, 0, 0, 0, "%n%t|%Q|%E|100%", "\n\t|%Q|%E|100%"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        struct tm tm = {.tm_year = cases[i].year - 1900, .tm_mon = cases[i].month - 1, .tm_mday = cases[i].day,
            .tm_hour = cases[i].hour, .tm_min = cases[i].minute, .tm_sec = cases[i].second};
        // mktime fills in the weekday and day of the year; a leap second
        // would move to the next minute, so it goes in afterwards.
        int second = tm.tm_sec;
        tm.tm_sec = second == 60 ? 59 : second;
        pw_mktime(&tm);
        tm.tm_sec = second;
        char text[160];
        size_t length = pw_strftime(text, sizeof(text), cases[i].format, &tm);
        CHECK(length == strlen(cases[i].expected) && strcmp(text, cases[i].expected) == 0,
            "strftime(%s) of %s gave %s, expected %s", quote_str(cases[i].format), fields_text(&tm), quote_str(text),
            quote_str(cases[i].expected));
    }
}

static void strftime_limits(void)
{
    struct tm tm = {.tm_year = 124, .tm_mon = 0, .tm_mday = 2, .tm_wday = 2, .tm_yday = 1};
    char text[16];
    memset(text, 'x', sizeof(text));
    CHECK(pw_strftime(text, 11, "%Y-%m-%d", &tm) == 10 && strcmp(text, "2024-01-02") == 0,
        "strftime into exactly 11 bytes gave %s", quote(text, 11));
    memset(text, 'x', sizeof(text));
    CHECK(pw_strftime(text, 10, "%Y-%m-%d", &tm) == 0, "strftime into 10 bytes did not give 0");
    CHECK(text[10] == 'x', "strftime into 10 bytes wrote byte 10");
    CHECK(pw_strftime(text, 0, "%Y", &tm) == 0 && text[0] == '2', "strftime into 0 bytes wrote");
    CHECK(pw_strftime(text, 1, "", &tm) == 0 && text[0] == '\0', "strftime of \"\" did not give an empty string");
    struct tm odd = tm;
    odd.tm_wday = 9;
    odd.tm_mon = -1;
    CHECK(pw_strftime(text, sizeof(text), "%a %B", &odd) == 3 && strcmp(text, "? ?") == 0,
        "strftime of names out of range gave %s", quote_str(text));
    odd.tm_isdst = -1;
    CHECK(pw_strftime(text, sizeof(text), "[%z%Z]", &odd) == 2 && strcmp(text, "[]") == 0,
        "strftime of %%z%%Z with tm_isdst -1 gave %s", quote_str(text));
}

static void asctime_against_glibc(void)
{
    for (int i = 0; i < 20000; i++)
    {
        time_t t = (time_t)(-30610224000LL + (long long)(next_random() % 284012524800ULL));
        struct tm tm;
        gmtime_r(&t, &tm);
        char ours[64], theirs[64];
        char* got = pw_asctime_r(&tm, ours);
        asctime_r(&tm, theirs);
        CHECK(got == ours && strcmp(ours, theirs) == 0, "asctime_r(%s) gave %s, glibc %s", fields_text(&tm),
            quote_str(ours), quote_str(theirs));
    }
    struct tm far = {.tm_year = 10000 - 1900, .tm_mday = 1};
    char text[64];
    PW_ERRNO = 0;
    CHECK(pw_asctime_r(&far, text) == NULL && PW_ERRNO == EOVERFLOW,
        "asctime_r of year 10000 did not fail with EOVERFLOW (26 bytes hold years up to 9999)");
}

void run_time_tests(void)
{
    run("time-gmtime-every-day", gmtime_every_day);
    run("time-gmtime-edges-and-random", gmtime_edges);
    run("time-gmtime-overflow", gmtime_overflow);
    run("time-mktime-vs-timegm", mktime_against_timegm);
    run("time-strftime-vs-glibc", strftime_against_glibc);
    run("time-strftime-fixed", strftime_fixed);
    run("time-strftime-limits", strftime_limits);
    run("time-asctime-vs-glibc", asctime_against_glibc);
}
