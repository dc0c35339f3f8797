#include <kernel/arch/rtc.h>

#include <kernel/fs/vfs.h>
#include <kernel/test/ktest.h>

#include <stdlib.h>
#include <string.h>

KTEST(rtc, days_from_civil)
{
    KTEST_ASSERT_EQ(rtc_days_from_civil(1970, 1, 1), 0);
    KTEST_ASSERT_EQ(rtc_days_from_civil(2000, 2, 29), 11016); // a leap day in a 400-year leap year
    KTEST_ASSERT_EQ(rtc_days_from_civil(2000, 3, 1), 11017);
    KTEST_ASSERT_EQ(rtc_days_from_civil(2026, 11, 24), 20781);
    KTEST_ASSERT_EQ(rtc_days_from_civil(1969, 12, 31), (uint64_t)-1);
}

// The clock was read at boot: some time after this code was written.
KTEST(rtc, epoch_is_plausible)
{
    int64_t now = rtc_epoch_seconds();
    KTEST_ASSERT(now > rtc_days_from_civil(2024, 1, 1) * 86400);
    KTEST_ASSERT(now < rtc_days_from_civil(2100, 1, 1) * 86400);
}

// Nanoseconds carry on from the seconds: the same clock, finer.
KTEST(rtc, epoch_ns_agrees_with_seconds)
{
    int64_t before = rtc_epoch_seconds();
    int64_t ns = rtc_epoch_ns();
    int64_t after = rtc_epoch_seconds();
    KTEST_ASSERT(ns / 1000000000 >= before);
    KTEST_ASSERT(ns / 1000000000 <= after);
    int64_t later = rtc_epoch_ns();
    KTEST_ASSERT(later >= ns);
}

// sys:/time/realtime: "SECONDS NANOSECONDS" (nine digits), between two
// readings of the clock taken around it.
KTEST(rtc, realtime_file)
{
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/time/realtime", &file), 0);
    char text[64] = {0};
    int64_t before = rtc_epoch_ns();
    ssize_t length = file_read(file, text, sizeof(text) - 1);
    int64_t after = rtc_epoch_ns();
    file_put(file);
    KTEST_ASSERT(length > 11);
    char* space = strchr(text, ' ');
    KTEST_ASSERT(space != NULL);
    KTEST_ASSERT(strlen(space + 1) == 10 && space[10] == '\n'); // nine digits and the newline
    char* end;
    int64_t seconds = strtoll(text, &end, 10);
    KTEST_ASSERT(end == space);
    int64_t nanoseconds = strtoll(space + 1, &end, 10);
    KTEST_ASSERT(*end == '\n');
    KTEST_ASSERT(nanoseconds >= 0 && nanoseconds < 1000000000);
    int64_t read = seconds * 1000000000 + nanoseconds;
    KTEST_ASSERT(read >= before && read <= after);
}
