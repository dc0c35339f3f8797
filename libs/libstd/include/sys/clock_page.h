// The clock page: the kernel's clock calibration, mapped read-only at the
// same address in every process, so that uptime() reads the clock without
// a system call.
//
// While the kernel's clock is the time-stamp counter (source
// CLOCK_PAGE_SOURCE_TSC), the uptime in nanoseconds is
//
//     base_ns + ((TSC - tsc_base) * tsc_mult) >> 32
//
// (a negative TSC - tsc_base counts as 0: another CPU's counter may read
// a hair behind), computed in 128 bits exactly as the kernel does, so a
// process and the kernel agree to the nanosecond. Any other source means
// the clock is a device only the kernel can read: ask it (SYS_UPTIME).
//
// The kernel rewrites the page under a sequence count: odd while it
// writes. A reader takes the count, the fields and the count again, and
// retries if the count was odd or has changed.
//
// The page lies just past the end of the range user space manages (see
// VMM_USER_END in the kernel): munmap, mprotect and mmap hints there are
// refused like any range outside user space, and a write to it is a page
// fault that ends the process. System calls do not take buffers in it.
#ifndef _SYS_CLOCK_PAGE_H
#define _SYS_CLOCK_PAGE_H 1

#include <stdint.h>

/** Where every process finds the clock page: the last page of the lower half. */
#define CLOCK_PAGE_ADDRESS 0x00007FFFFFFFF000ULL

/** The kernel's clock cannot be read from user space: use the system call. */
#define CLOCK_PAGE_SOURCE_NONE 0
/** The kernel's clock is the TSC, with the calibration below. */
#define CLOCK_PAGE_SOURCE_TSC 1

typedef struct
{
    uint32_t sequence; /**< odd while the kernel rewrites the page */
    uint32_t source;   /**< CLOCK_PAGE_SOURCE_* */
    uint64_t tsc_base; /**< the TSC at the instant base_ns */
    uint64_t base_ns;  /**< the uptime at tsc_base */
    uint64_t tsc_mult; /**< nanoseconds per TSC tick, times 2^32 */
} clock_page_t;

#endif
