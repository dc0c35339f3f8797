#include "clock.h"

#include <kernel/test/ktest.h>

KTEST(clock, tsc_frequency_is_plausible)
{
    // Between 100 MHz and 20 GHz, emulated or not.
    KTEST_ASSERT(clock_tsc_hz() > 100000000ULL);
    KTEST_ASSERT(clock_tsc_hz() < 20000000000ULL);
}

KTEST(clock, uptime_moves_forward)
{
    uint64_t before = clock_uptime_ns();
    clock_spin_ns(2000000); // 2 ms
    uint64_t after = clock_uptime_ns();
    KTEST_ASSERT(after >= before + 2000000);
    KTEST_ASSERT(after > 0);
}
