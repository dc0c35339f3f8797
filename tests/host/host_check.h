// The checks of the host test programs of libpatchwork (draw, formats,
// proto): each test notes its first failed expectation with expect(), and
// report() prints one TAP line for it. Each program is one translation
// unit, so the state lives here, static, and `failures` is its exit count.
#ifndef TESTS_HOST_HOST_CHECK_H
#define TESTS_HOST_HOST_CHECK_H 1

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

static int test_number;
static int failures;
static char failure[512]; // the current test's first failed expectation; "" while none

// Inside a test: note the first failed expectation.
__attribute__((format(printf, 2, 3))) static void expect(bool condition, const char* format, ...)
{
    if (condition || failure[0] != '\0')
    {
        return;
    }
    va_list args;
    va_start(args, format);
    vsnprintf(failure, sizeof(failure), format, args);
    va_end(args);
}

// After a test: its TAP line, then a clean slate for the next.
static void report(const char* name)
{
    test_number++;
    if (failure[0] == '\0')
    {
        printf("ok %d - %s\n", test_number, name);
    }
    else
    {
        failures++;
        printf("not ok %d - %s # %s\n", test_number, name, failure);
    }
    failure[0] = '\0';
    fflush(stdout);
}

#endif
