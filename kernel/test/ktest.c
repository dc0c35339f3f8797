#include "ktest.h"

#include <kernel/init/cmdline.h>
#include <kernel/log/log.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

extern const ktest_t __ktests_start[];
extern const ktest_t __ktests_end[];

void ktest_fail(ktest_result_t* result, const char* file, int line, const char* fmt, ...)
{
    result->failed = true;
    int length = snprintf(result->reason, sizeof(result->reason), "%s:%d: ", file, line);
    va_list args;
    va_start(args, fmt);
    vsnprintf(result->reason + length, sizeof(result->reason) - length, fmt, args);
    va_end(args);
}

static bool ktest_selected(const char* suites, const char* suite)
{
    return suites[0] == '\0' || strcmp(suites, "all") == 0 || cmdline_list_contains(suites, suite);
}

ktest_summary_t ktest_run(const char* suites)
{
    ktest_summary_t summary = {0, 0};
    int number = 0;
    for (const ktest_t* test = __ktests_start; test < __ktests_end; test++)
    {
        if (!ktest_selected(suites, test->suite))
        {
            continue;
        }
        ktest_result_t result = {.failed = false, .reason = ""};
        test->run(&result);
        number++;
        if (result.failed)
        {
            summary.failed++;
            log_printf_raw("not ok %d - %s/%s # %s\n", number, test->suite, test->name, result.reason);
        }
        else
        {
            summary.passed++;
            log_printf_raw("ok %d - %s/%s\n", number, test->suite, test->name);
        }
    }
    if (number == 0 && !ktest_selected(suites, ""))
    {
        // Asking for suites that do not exist must not look like success.
        summary.failed++;
        log_printf_raw("not ok 1 - ktest/selection # no kernel test is in '%s'\n", suites);
    }
    log_printf_raw("# kernel tests: %d passed, %d failed\n", summary.passed, summary.failed);
    return summary;
}
