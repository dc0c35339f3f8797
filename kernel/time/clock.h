// Time since boot.
//
// Early on (before ACPI is read) the clock is the CPU's time-stamp counter,
// calibrated against the legacy PIT. Once the HPET is found, its main
// counter becomes the clock source; the switch is seamless (the uptime
// carries on from where the TSC clock was).
#ifndef KERNEL_TIME_CLOCK_H
#define KERNEL_TIME_CLOCK_H 1

#include <stdbool.h>
#include <stdint.h>

#define CLOCK_NS_PER_SECOND 1000000000ULL
#define CLOCK_NS_PER_MS 1000000ULL
#define CLOCK_NS_PER_US 1000ULL

/** Measure the TSC frequency; before this, clock_uptime_ns() returns 0. */
void clock_init(void);

/**
 * Make the HPET at physical @p address the clock source. False (and the
 * TSC stays the source) if it is missing or unusable.
 */
bool clock_use_hpet(uint64_t address);

/** True once the HPET is the clock source. */
bool clock_is_hpet(void);

/** Nanoseconds since clock_init() started measuring. */
uint64_t clock_uptime_ns(void);

/**
 * The uptime @p ns nanoseconds from now, saturating just below UINT64_MAX
 * (which callers may keep for "no deadline"): what a relative timeout
 * from user space becomes.
 */
uint64_t clock_deadline_after(uint64_t ns);

/** The measured TSC frequency in Hz (0 before clock_init). */
uint64_t clock_tsc_hz(void);

/** Busy-wait at least @p ns nanoseconds. */
void clock_spin_ns(uint64_t ns);

#endif
