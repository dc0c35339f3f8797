// strtod, strtof and strtold (libs/libstd/hosted/stdlib) against glibc's:
// both are correctly rounded, so for any text the value must be the same
// bits, the end pointer the same place, and an overflow ERANGE in both.
// Only a NaN's payload, which C leaves to the implementation, may differ.
// libstd's strtold is strtod's double (docs/posix.md), so it is compared
// with glibc's strtod.
#include "fuzz.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double pw_strtod(const char* text, char** end);
float pw_strtof(const char* text, char** end);
long double pw_strtold(const char* text, char** end);
int* pw__errno_location(void);

FUZZ_FAIL_DEFINITION

static void report(const char* what, const char* text, const char* detail)
{
    fprintf(stderr, "%s differs for \"%s\": %s\n", what, text, detail);
    fuzz_fail(what);
}

// The end pointers, and ERANGE for an overflow (glibc's infinity from a
// finite number); errno for underflow is the implementation's choice.
static void compare_common(const char* what, const char* text, const char* end, const char* host_end, int error,
    int host_error, int overflowed)
{
    char detail[128];
    if (end != host_end)
    {
        snprintf(detail, sizeof(detail), "end at %td, glibc's at %td", end - text, host_end - text);
        report(what, text, detail);
    }
    if (overflowed && host_error == ERANGE && error != ERANGE)
    {
        report(what, text, "no ERANGE for an overflow");
    }
}

// Whether @p text, as far as glibc read it, spells an infinity itself.
static int spells_infinity(const char* text, const char* end)
{
    for (const char* p = text; p < end; p++)
    {
        if (*p == 'i' || *p == 'I')
        {
            return 1;
        }
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    char* text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    char *end, *host_end;
    char detail[160];

    *pw__errno_location() = 0;
    errno = 0;
    double d = pw_strtod(text, &end), host_d = strtod(text, &host_end);
    int overflow = isinf(host_d) && !spells_infinity(text, host_end);
    compare_common("strtod", text, end, host_end, *pw__errno_location(), errno, overflow);
    if (isnan(d) != isnan(host_d) || (!isnan(d) && memcmp(&d, &host_d, sizeof(d)) != 0) ||
        signbit(d) != signbit(host_d))
    {
        snprintf(detail, sizeof(detail), "%a, glibc %a", d, host_d);
        report("strtod", text, detail);
    }

    *pw__errno_location() = 0;
    errno = 0;
    float f = pw_strtof(text, &end), host_f = strtof(text, &host_end);
    overflow = isinf(host_f) && !spells_infinity(text, host_end);
    compare_common("strtof", text, end, host_end, *pw__errno_location(), errno, overflow);
    if (isnan(f) != isnan(host_f) || (!isnan(f) && memcmp(&f, &host_f, sizeof(f)) != 0) ||
        signbit(f) != signbit(host_f))
    {
        snprintf(detail, sizeof(detail), "%a, glibc %a", (double)f, (double)host_f);
        report("strtof", text, detail);
    }

    *pw__errno_location() = 0;
    errno = 0;
    long double l = pw_strtold(text, &end), host_l = strtod(text, &host_end);
    overflow = isinf(host_l) && !spells_infinity(text, host_end);
    compare_common("strtold", text, end, host_end, *pw__errno_location(), errno, overflow);
    // 10 bytes: the x87 format's padding is not part of the value.
    if (isnan(l) != isnan(host_l) || (!isnan(l) && memcmp(&l, &host_l, 10) != 0) || signbit(l) != signbit(host_l))
    {
        snprintf(detail, sizeof(detail), "%La, glibc %La", l, host_l);
        report("strtold", text, detail);
    }
    free(text);
    return 0;
}
