#include "rtc.h"

#include <kernel/test/ktest.h>

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
