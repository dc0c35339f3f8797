#include "syscall.h"

#include <sys/clock_page.h>
#include <sys/proc.h>

// The TSC, read only once the loads before it are done (lfence), so a
// reading taken after seeing another thread's store is not older than
// that thread's own reading.
static inline uint64_t uptime_read_tsc(void)
{
    uint32_t low;
    uint32_t high;
    __asm__ volatile("lfence\n\trdtsc" : "=a"(low), "=d"(high)::"memory");
    return ((uint64_t)high << 32) | low;
}

uint64_t uptime(void)
{
    const volatile clock_page_t* page = (const volatile clock_page_t*)CLOCK_PAGE_ADDRESS;
    for (;;)
    {
        uint32_t sequence = __atomic_load_n(&page->sequence, __ATOMIC_ACQUIRE);
        if (page->source != CLOCK_PAGE_SOURCE_TSC)
        {
            break;
        }
        if (sequence & 1)
        {
            continue; // the kernel is rewriting the page
        }
        uint64_t base = page->tsc_base;
        uint64_t base_ns = page->base_ns;
        uint64_t mult = page->tsc_mult;
        uint64_t tsc = uptime_read_tsc();
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        if (__atomic_load_n(&page->sequence, __ATOMIC_RELAXED) != sequence)
        {
            continue;
        }
        // The kernel's formula (clock_uptime_ns), so both agree exactly.
        int64_t ticks = (int64_t)(tsc - base);
        ticks = ticks < 0 ? 0 : ticks;
        return base_ns + (uint64_t)(((unsigned __int128)ticks * mult) >> 32);
    }
    // Cannot fail, and nanoseconds since boot stay far below the error range.
    return (uint64_t)_sys_uptime();
}
