// Time since boot, from the CPU's time-stamp counter calibrated against
// the legacy PIT. (The HPET replaces the PIT as the reference once ACPI is
// parsed; see the scheduling issue.)
#ifndef KERNEL_TIME_CLOCK_H
#define KERNEL_TIME_CLOCK_H 1

#include <stdint.h>

#define CLOCK_NS_PER_SECOND 1000000000ULL

/** Measure the TSC frequency; before this, clock_uptime_ns() returns 0. */
void clock_init(void);

/** Nanoseconds since clock_init() started measuring. */
uint64_t clock_uptime_ns(void);

/** The measured TSC frequency in Hz (0 before clock_init). */
uint64_t clock_tsc_hz(void);

/** Busy-wait at least @p ns nanoseconds. */
void clock_spin_ns(uint64_t ns);

#endif
