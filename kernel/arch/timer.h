// The per-CPU one-shot timer the scheduler arms for its next deadline
// (the kernel is tickless: nothing fires periodically). It raises
// VECTOR_TIMER (interrupt.h) on the CPU that armed it.
//
// x86-64: the local APIC timer (x86_64/lapic.c), measured against the
// clock when each CPU starts.
#ifndef KERNEL_ARCH_TIMER_H
#define KERNEL_ARCH_TIMER_H 1

#include <stdint.h>

/** Raise the timer interrupt once, @p ns nanoseconds from now (at least one tick). */
void timer_oneshot(uint64_t ns);

/** Stop the timer: no interrupt until the next timer_oneshot. */
void timer_stop(void);

/** The longest delay one timer shot can cover. */
uint64_t timer_max_ns(void);

#endif
