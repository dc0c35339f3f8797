#include "kbench.h"

#include <kernel/arch/clock.h>
#include <kernel/init/cmdline.h>
#include <kernel/log/log.h>

#include <string.h>

extern const kbench_t __kbench_start[];
extern const kbench_t __kbench_end[];

void kbench_report(const char* name, uint64_t value, const char* unit)
{
    log_printf_raw("BENCH %s %lu %s\n", name, (unsigned long)value, unit);
}

void kbench_report_hundredths(const char* name, uint64_t hundredths, const char* unit)
{
    log_printf_raw("BENCH %s %lu.%02lu %s\n", name, (unsigned long)(hundredths / 100),
        (unsigned long)(hundredths % 100), unit);
}

uint64_t kbench_ns(uint64_t ticks)
{
    uint64_t hz = clock_tsc_hz();
    return ticks / hz * CLOCK_NS_PER_SECOND + ticks % hz * CLOCK_NS_PER_SECOND / hz;
}

void kbench_run(const char* groups)
{
    bool all = groups[0] == '\0' || strcmp(groups, "all") == 0;
    for (const kbench_t* bench = __kbench_start; bench < __kbench_end; bench++)
    {
        if (all || cmdline_list_contains(groups, bench->group))
        {
            log_info("bench: %s/%s", bench->group, bench->name);
            bench->run();
        }
    }
}
