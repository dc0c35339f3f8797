#include "cpu.h"

#include <kernel/arch/clock.h>
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

// Both clocks read back to back, interrupts off; false if the pair took
// too long to mean anything (the emulator's thread was descheduled).
static bool clock_pair(uint64_t* uptime, uint64_t* reference)
{
    interrupt_state_t flags = cpu_interrupts_save();
    uint64_t before = clock_reference_ns();
    *uptime = clock_uptime_ns();
    uint64_t after = clock_reference_ns();
    cpu_interrupts_restore(flags);
    *reference = before + (after - before) / 2;
    return after - before < 50000; // 50 us
}

// The uptime's clock (the TSC once it took over) keeps the HPET's pace:
// over 20 ms they differ by less than 0.1 % (the timing's error is
// thousands of times smaller), and neither runs backwards.
KTEST(clock, uptime_keeps_pace_with_the_hpet)
{
    uint64_t up0 = 0, ref0 = 0, up1 = 0, ref1 = 0;
    bool paired = false;
    for (int attempt = 0; attempt < 20 && !paired; attempt++)
    {
        paired = clock_pair(&up0, &ref0);
        clock_spin_ns(20000000);
        paired = paired && clock_pair(&up1, &ref1);
    }
    KTEST_ASSERT(paired);
    KTEST_ASSERT(up1 > up0 && ref1 > ref0);
    uint64_t up = up1 - up0, ref = ref1 - ref0;
    uint64_t difference = up > ref ? up - ref : ref - up;
    KTEST_ASSERT(difference < ref / 1000 + 100000);
}
