// The clock page (<sys/clock_page.h>): one physical page holding the
// clock's calibration, mapped read-only into every process's space so
// that user space reads the uptime without a system call, the way
// Linux's vDSO data page serves clock_gettime.
//
// The page is allocated once at start-up and never freed; spaces map it
// without owning it, so tearing a space down leaves it alone.
#ifndef KERNEL_TIME_CLOCK_PAGE_H
#define KERNEL_TIME_CLOCK_PAGE_H 1

#include <kernel/mem/space.h>

#include <stdint.h>

/** Allocate the page (source: none). Before any process starts; panics when memory is out. */
void clock_page_init(void);

/** Publish the TSC calibration: uptime = @p base_ns + ((TSC - @p tsc_base) * @p tsc_mult) >> 32. */
void clock_page_publish_tsc(uint64_t tsc_base, uint64_t base_ns, uint64_t tsc_mult);

/** Map the page read-only for user code at CLOCK_PAGE_ADDRESS in @p space; 0 or a negated errno. */
int clock_page_map(space_t* space);

#endif
