// stdlib.h: strtod, strtof, strtold and atof (hosted/stdlib). Compared
// with glibc (which rounds correctly) bit for bit, with errno and the end
// pointer: hard cases, exact midpoints between doubles with and without a
// nudge, long inputs, hexadecimal, random text; then round trips through
// libstd's own printf, and fixed expectations for the errno rules.
#include "host_test.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PW_ERANGE 34
_Static_assert(PW_ERANGE == ERANGE, "errno numbers differ from the host's");

static int compared;

static uint64_t bits_of(double value)
{
    uint64_t bits;
    memcpy(&bits, &value, sizeof(bits));
    return bits;
}

static uint32_t float_bits_of(float value)
{
    uint32_t bits;
    memcpy(&bits, &value, sizeof(bits));
    return bits;
}

static double from_bits(uint64_t bits)
{
    double value;
    memcpy(&value, &bits, sizeof(value));
    return value;
}

// Equal bits; for NaNs, whose payload libstd does not take from
// "nan(...)", the same sign is enough.
static bool same_double(double a, double b)
{
    return bits_of(a) == bits_of(b) || (isnan(a) && isnan(b) && signbit(a) == signbit(b));
}

static bool same_float(float a, float b)
{
    return float_bits_of(a) == float_bits_of(b) || (isnan(a) && isnan(b) && signbit(a) == signbit(b));
}

// Both libraries read str with strtod and with strtof. With expect_errno
// >= 0, that is the errno strtod must give, instead of glibc's.
static void compare_errno(const char* str, int expect_errno)
{
    compared++;
    char *our_end, *host_end;
    PW_ERRNO = 0;
    errno = 0;
    double ours = pw_strtod(str, &our_end);
    int our_errno = PW_ERRNO;
    double host = strtod(str, &host_end);
    int host_errno = expect_errno >= 0 ? expect_errno : errno;
    CHECK(same_double(ours, host) && our_errno == host_errno && our_end == host_end,
        "strtod(%s) = %a errno %d end +%ld; glibc %a errno %d end +%ld", quote_str(str), ours, our_errno,
        (long)(our_end - str), host, host_errno, (long)(host_end - str));

    if (expect_errno >= 0)
    {
        return;
    }
    PW_ERRNO = 0;
    errno = 0;
    float our_float = pw_strtof(str, &our_end);
    our_errno = PW_ERRNO;
    float host_float = strtof(str, &host_end);
    host_errno = errno;
    CHECK(same_float(our_float, host_float) && our_errno == host_errno && our_end == host_end,
        "strtof(%s) = %a errno %d end +%ld; glibc %a errno %d end +%ld", quote_str(str), (double)our_float,
        our_errno, (long)(our_end - str), (double)host_float, host_errno, (long)(host_end - str));
}

static void compare(const char* str)
{
    compare_errno(str, -1);
}

static const char* const hard_cases[] = {
    // Syntax and the end pointer.
    "", " ", "x", "+", "-", ".", "+.", "-.e5", ".e5", "e5", "0", "-0", "+0", "00", "0.", ".0", "1", "-1",
    " \t\n\v\f\r42", "1e", "1e+", "1e-", "1E5", "1e+5x", "1.e5", "1.5e+5.5", "1..2", "12abc", "0x", "0X", "-0x",
    "0x.", "0xp1", "0x.p1", "0xg", "0x1", "0x1p", "0x1p+", "0x1P-2", "0x.8p-1", "0x1.8p3", "0X1.8P3", "0x1.", "0x.1",
    "0x1.8e3", "0x1e", "00x1", "1x1", "inf", "INF", "-Inf", "+inFinIty", "infinit", "infinityy", "infx", "in", "i",
    "nan", "NAN", "-nan", "nan()", "nan(123)", "nan(abc_XYZ_09)", "nan(", "nan(a", "nan(a b)", "nan)", "na", "n",
    "  -nan(0x1)rest", "\xa0" "1", "1\xa0",
    // Famous hard decimal cases.
    "1e23", "8.98846567431158e307", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
    "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "2.225073858507201e-308",
    "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47e-324", "2.48e-324",
    "1e-323", "1e-324", "1e-400", "-1e-400", "1e-5000", "1e400", "-1e400", "1e99999999999999999999",
    "1e-99999999999999999999", "0e99999999999", "0.0000e-99999999999", "1.7976931348623157e308",
    "1.7976931348623158e308", "1.7976931348623159e308", "179769313486231580793728971405301e276",
    "0.1", "0.2", "0.3", "3.14159265358979323846264338327950288", "123456789012345678901234567890",
    "5e-324", "3e-324", "7.4109846876186982e-324", "0.500000000000000166533453693773481063544750213623046875",
    "3.518437208883201171875e13", "62.5364939768271845828", "8.10109172351e-10",
    "1.50000000000000011102230246251565404236316680908203125",
    "9007199254740991.4999999999999999999999999999999995", "1.00000005960464477539062499999",
    "1.000000059604644775390625", "1.00000005960464477539062500001", "3.4028235e38", "3.4028236e38",
    "3.40282356779733661637539395458142568448e38", "1.4e-45", "7e-46", "7.1e-46", "1.17549435e-38",
    "1.1754942e-38", "1.1754943508222875e-38",
    // Hexadecimal edges.
    "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.8p-1074", "0x1.fffffffffffffp-1023",
    "0x1.fffffffffffff8p-1023", "0x1.fffffffffffff7ffffffffffffffp-1023", "0x1.fffffffffffffp1023",
    "0x1.fffffffffffff7ffffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-99999999999999",
    "0x1p99999999999999", "0x123456789abcdef0123456789abcdefp0", "0x.00000000000000000000000000001p128",
    "0x0000000000000000000000000000001p0", "0x8000000000000008p0", "0x8000000000000018p0",
    "0x80000000000000080000000000000001p-64", "0x1.000002p0", "0x1.000001p0", "0x1.0000010000000001p0",
    "0x1.fffffep127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.8p-150", "0x1p-126", "0x1.fffffcp-127",
    "0x1.fffffep-127",
};

static void test_hard_cases(void)
{
    for (size_t i = 0; i < sizeof(hard_cases) / sizeof(hard_cases[0]); i++)
    {
        compare(hard_cases[i]);
    }
}

// libstd's own rules, not only agreement with glibc.
static void test_fixed(void)
{
    char* end;
    PW_ERRNO = 0;
    CHECK(pw_strtod("1e309", &end) == HUGE_VAL && PW_ERRNO == PW_ERANGE && *end == '\0', "1e309: HUGE_VAL, ERANGE");
    PW_ERRNO = 0;
    CHECK(pw_strtod("-1e309", NULL) == -HUGE_VAL && PW_ERRNO == PW_ERANGE, "-1e309: -HUGE_VAL, ERANGE");
    PW_ERRNO = 0;
    double zero = pw_strtod("-1e-400", NULL);
    CHECK(zero == 0 && signbit(zero) && PW_ERRNO == PW_ERANGE, "-1e-400: -0, ERANGE");
    PW_ERRNO = 0;
    CHECK(pw_strtod("0x1p-1074", NULL) == from_bits(1) && PW_ERRNO == 0, "an exact subnormal is no underflow");
    CHECK(pw_strtod("4.9406564584124654e-324", NULL) == from_bits(1) && PW_ERRNO == PW_ERANGE,
        "an inexact subnormal is an underflow");
    PW_ERRNO = 0;
    CHECK(pw_strtod("1.7976931348623157e308", NULL) == DBL_MAX && PW_ERRNO == 0, "DBL_MAX");
    const char* text = "  12.5e1xyz";
    CHECK(pw_strtod(text, &end) == 125.0 && end == text + 8, "end after 12.5e1");
    text = "  -";
    CHECK(pw_strtod(text, &end) == 0 && end == text, "no conversion: the end is the start");
    CHECK(pw_strtod("1e+", &end) == 1 && strcmp(end, "e+") == 0, "1e+ converts 1");
    double nan_value = pw_strtod("-nan(payload)", &end);
    CHECK(isnan(nan_value) && signbit(nan_value) && *end == '\0', "-nan(payload)");
    CHECK(pw_strtod("infinit", &end) == INFINITY && strcmp(end, "init") == 0, "infinit converts inf");
    CHECK(pw_strtod("9007199254740993", NULL) == 9007199254740992.0, "2^53 + 1 ties to even");
    CHECK(pw_strtod("9007199254740995", NULL) == 9007199254740996.0, "2^53 + 3 ties to even");
    CHECK(pw_strtod("0x1.8p3", NULL) == 12.0 && pw_strtod("0x.8p-1", NULL) == 0.25, "hex floats");
    CHECK(pw_strtof("16777217", NULL) == 16777216.0f, "strtof rounds once: 2^24 + 1 ties to even");
    CHECK(pw_strtof("1.00000005960464477539062500001", NULL) == 1.00000011920928955078125f,
        "strtof: just above a float tie");
    CHECK(pw_strtold("0.1", NULL) == (long double)0.1, "strtold gives the double");
    CHECK(pw_atof(" 2.5e-3x") == 0.0025, "atof");
}

// Midpoints between neighbouring doubles, exactly (long double holds them
// for normal doubles and subnormals alike, and glibc prints them exactly),
// cut short, and nudged up by a digit far beyond the 768th.
static void test_midpoints(void)
{
    static char exact[1200];
    static char text[2400];
    for (int i = 0; i < 6000; i++)
    {
        double value = fabs(from_bits(i % 3 == 0 ? next_random() & 0x000FFFFFFFFFFFFF : next_random()));
        if (!isfinite(value) || value == DBL_MAX)
        {
            continue;
        }
        long double midpoint = ((long double)value + (long double)nextafter(value, INFINITY)) / 2;
        snprintf(exact, sizeof(exact), "%.780Le", midpoint);
        compare(exact);
        char* e = strchr(exact, 'e');
        size_t mantissa = (size_t)(e - exact);
        size_t cut = 3 + random_below(mantissa - 2);
        snprintf(text, sizeof(text), "%.*s%s", (int)cut, exact, e);
        compare(text);
        // The exact mantissa, then zeros, then a 1: a nudge up, far past the
        // 800 digits kept.
        size_t zeros = random_below(400);
        memcpy(text, exact, mantissa);
        memset(text + mantissa, '0', zeros);
        snprintf(text + mantissa + zeros, sizeof(text) - mantissa - zeros, "1%s", e);
        compare(text);
        // Its digits as a plain fraction, 0.000ddd... (another value).
        snprintf(text, sizeof(text), "0.%0*d%c%.*s", (int)random_below(30), 0, exact[0], (int)(mantissa - 2),
            exact + 2);
        compare(text);
    }
}

// Long inputs: many digits before and after the point, leading zeros.
static void test_long_inputs(void)
{
    static char text[3000];
    static const char digits[] = "0123456789";
    for (int i = 0; i < 600; i++)
    {
        size_t n = 0;
        size_t zeros = i % 4 == 0 ? random_below(400) : 0;
        if (random_below(2) == 0)
        {
            text[n++] = '-';
        }
        memset(text + n, '0', zeros);
        n += zeros;
        size_t length = 1 + random_below(1200);
        random_string(text + n, length, digits);
        size_t point = random_below(length + 1);
        memmove(text + n + point + 1, text + n + point, length - point + 1);
        text[n + point] = '.';
        n += length + 1;
        snprintf(text + n, sizeof(text) - n, "e%d", (int)random_below(1400) - 700);
        compare(text);
    }
    // Exactly the digits of 2^-1074 plus one: the digit decides.
    static char tiny[1200];
    snprintf(tiny, sizeof(tiny), "%.1100e", from_bits(1));
    compare(tiny);
    tiny[1101] = '1';
    compare(tiny);
}

// Random short decimal texts, the kind people write.
static void test_random_decimal(void)
{
    static char text[80];
    for (int i = 0; i < 200000; i++)
    {
        int digits = 1 + (int)random_below(i % 2 == 0 ? 17 : 40);
        uint64_t high = next_random() % 10000000000000000000u;
        int n = snprintf(text, sizeof(text), "%s%.*llu", random_below(2) ? "-" : "", digits < 19 ? digits : 19,
            (unsigned long long)high);
        for (int k = 19; k < digits; k++)
        {
            text[n++] = (char)('0' + random_below(10));
        }
        snprintf(text + n, sizeof(text) - (size_t)n, "e%d", (int)random_below(700) - 350);
        compare(text);
    }
}

// The errno strtod should give for a hexadecimal text of at most 16
// digits, which long double holds exactly: ERANGE for an infinity, and for
// a result that is inexact and tiny (below DBL_MIN when rounded to 53 bits
// with an unbounded exponent: scaled by 2^1000, the rounding is ordinary).
// glibc misses some inexact subnormals ("0xA6B0CCB2A5EA04p-1080").
static int expected_errno(const char* text)
{
    long double exact = strtold(text, NULL);
    double result = strtod(text, NULL);
    bool inexact = (long double)result != exact;
    bool tiny = fabs((double)ldexpl(exact, 1000)) < ldexp(DBL_MIN, 1000);
    return isinf(result) || (inexact && tiny) ? PW_ERANGE : 0;
}

// Random hexadecimal texts: digits, a point somewhere, a binary exponent.
// The errno is checked against expected_errno, with strtod only.
static void test_random_hex(void)
{
    static char text[80];
    static const char hex[] = "0123456789abcdefABCDEF";
    for (int i = 0; i < 50000; i++)
    {
        size_t length = 1 + random_below(16);
        int n = snprintf(text, sizeof(text), "%s0x", random_below(2) ? "-" : "");
        random_string(text + n, length, hex);
        size_t point = random_below(length + 1);
        memmove(text + n + point + 1, text + n + point, length - point + 1);
        text[n + (int)point] = '.';
        n += (int)length + 1;
        snprintf(text + n, sizeof(text) - (size_t)n, "p%d", (int)random_below(2400) - 1200);
        compare_errno(text, expected_errno(text));
        compare(text + (text[0] == '-') + 2 + random_below(length + 1)); // a decimal tail
    }
}

// What printf writes, strtod reads back to the same bits: %.17g and %a for
// doubles, %.9g for floats, through libstd's printf and glibc's.
static void test_round_trip(void)
{
    char text[64];
    for (int i = 0; i < 200000; i++)
    {
        uint64_t bits = i % 4 == 0 ? next_random() & 0x800FFFFFFFFFFFFF : next_random();
        double value = from_bits(bits);
        if (isnan(value))
        {
            continue;
        }
        pw_snprintf(text, sizeof(text), "%.17g", value);
        CHECK(bits_of(pw_strtod(text, NULL)) == bits, "%a: %%.17g gives %s, read back as %a", value, text,
            pw_strtod(text, NULL));
        pw_snprintf(text, sizeof(text), "%a", value);
        CHECK(bits_of(pw_strtod(text, NULL)) == bits, "%a: %%a gives %s, read back as %a", value, text,
            pw_strtod(text, NULL));
        snprintf(text, sizeof(text), "%.17g", value);
        CHECK(bits_of(pw_strtod(text, NULL)) == bits, "%a: glibc's %%.17g %s read back as %a", value, text,
            pw_strtod(text, NULL));
        float f;
        uint32_t float_bits = (uint32_t)bits;
        memcpy(&f, &float_bits, sizeof(f));
        if (!isnan(f))
        {
            pw_snprintf(text, sizeof(text), "%.9g", (double)f);
            CHECK(float_bits_of(pw_strtof(text, NULL)) == float_bits, "float %a: %%.9g gives %s, read back as %a",
                (double)f, text, (double)pw_strtof(text, NULL));
        }
    }
}

void run_strtod_tests(void)
{
    compared = 0;
    run("strtod-glibc-hard-cases", test_hard_cases);
    run("strtod-fixed-expectations", test_fixed);
    run("strtod-glibc-midpoints", test_midpoints);
    run("strtod-glibc-long-inputs", test_long_inputs);
    run("strtod-glibc-random-decimal", test_random_decimal);
    run("strtod-glibc-random-hex", test_random_hex);
    run("strtod-printf-round-trip", test_round_trip);
}
