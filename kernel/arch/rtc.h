// The wall clock, read once at boot; the uptime clock carries it on from
// there. Part of the architecture interface (x86-64: the CMOS real-time
// clock, kernel/arch/x86_64/rtc.c).
#ifndef KERNEL_ARCH_RTC_H
#define KERNEL_ARCH_RTC_H 1

#include <stdint.h>

/** Read the CMOS clock (UTC, as PC firmware keeps it under QEMU). */
void rtc_init(void);

/** Seconds since 1970-01-01 00:00 UTC. */
int64_t rtc_epoch_seconds(void);

/**
 * Nanoseconds since 1970-01-01 00:00 UTC: the CMOS time read at boot plus
 * the uptime since (rtc_epoch_seconds() is this divided by 10^9).
 */
int64_t rtc_epoch_ns(void);

/** Days from 1970-01-01 to year-month-day (proleptic Gregorian). */
int64_t rtc_days_from_civil(int64_t year, unsigned month, unsigned day);

#endif
