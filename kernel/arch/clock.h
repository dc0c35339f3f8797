// Time since boot: part of the architecture interface, implemented by
// each architecture (x86-64: kernel/arch/x86_64/clock.c). Everyone reads
// the uptime; choosing the source (clock_use_hpet, clock_use_tsc) is
// start-up's business (init/main.c).
//
// On x86-64: early on (before ACPI is read) the clock is the CPU's time-stamp counter,
// calibrated against the legacy PIT. Once the HPET is found, its main
// counter becomes the clock source; the switch is seamless (the uptime
// carries on from where the TSC clock was). At the end of the kernel's
// start-up the TSC, timed against the HPET meanwhile, takes over again
// where it can be trusted (clock_use_tsc): reading it is one instruction,
// where every HPET read is a device access (an exit to the hypervisor
// when virtualised).
#ifndef KERNEL_ARCH_CLOCK_H
#define KERNEL_ARCH_CLOCK_H 1

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

/** How long clock_use_tsc times the TSC against the HPET, at least. */
#define CLOCK_TSC_TIMING_NS (20ULL * CLOCK_NS_PER_MS)

/** True while the HPET is the clock source. */
bool clock_is_hpet(void);

/**
 * Make the TSC the clock source, timed against the HPET since it took over
 * (busy-waiting until CLOCK_TSC_TIMING_NS have passed, if need be), when it ticks at one rate
 * on every CPU (invariant TSC, or a hypervisor's). @p forced is the kernel
 * command line's "clock=" value or NULL: "hpet" keeps the HPET, "tsc"
 * takes the TSC without asking the CPU; anything else (an empty value
 * too) is ignored with a warning. False if the HPET stays.
 */
bool clock_use_tsc(const char* forced);

/** True once the TSC is the clock source (after clock_use_tsc). */
bool clock_is_tsc(void);

/** The uptime by the HPET even when the TSC is the source (for checking one against the other). */
uint64_t clock_reference_ns(void);

/** Nanoseconds since clock_init() started measuring. */
uint64_t clock_uptime_ns(void);

/**
 * The uptime @p ns nanoseconds from now, saturating just below UINT64_MAX
 * (which callers may keep for "no deadline"): what a relative timeout
 * from user space becomes.
 */
uint64_t clock_deadline_after(uint64_t ns);

/** The measured TSC frequency in Hz (0 before clock_init; timed again by clock_use_tsc). */
uint64_t clock_tsc_hz(void);

/** Busy-wait at least @p ns nanoseconds. */
void clock_spin_ns(uint64_t ns);

#endif
