// stdio.h: the floating-point conversions of snprintf (hosted/stdio).
// Fixed expectations for every feature and edge, then differential runs
// against glibc, whose output is exact: random bit patterns at assorted
// precisions and flags, exact decimal ties at every length, and huge
// precisions.
#include "host_test.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define BUFFER 4096

// pw_snprintf into a generous buffer must give exactly `want`.
static void expect_text(int line, const char* want, int got_length, const char* got)
{
    CHECK(got_length == (int)strlen(want) && strcmp(got, want) == 0, "line %d: got %s (%d), want %s", line,
        got_length >= 0 ? quote_str(got) : "error", got_length, quote_str(want));
}

#define EXPECT(want, ...)                                                                                              \
    do                                                                                                                 \
    {                                                                                                                  \
        char buffer[BUFFER];                                                                                           \
        memset(buffer, 'X', sizeof(buffer));                                                                           \
        int length = pw_snprintf(buffer, sizeof(buffer), __VA_ARGS__);                                                 \
        expect_text(__LINE__, want, length, buffer);                                                                   \
    } while (0)

static double from_bits(uint64_t bits)
{
    double value;
    memcpy(&value, &bits, sizeof(value));
    return value;
}

static void test_basics(void)
{
    EXPECT("1.500000", "%f", 1.5);
    EXPECT("1.500000e+00", "%e", 1.5);
    EXPECT("1.5", "%g", 1.5);
    EXPECT("0x1.8p+0", "%a", 1.5);
    EXPECT("1.500000E+00", "%E", 1.5);
    EXPECT("1.5", "%G", 1.5);
    EXPECT("0X1.8P+0", "%A", 1.5);
    EXPECT("-2.250000", "%F", -2.25);
    EXPECT("0.000000", "%f", 0.0);
    EXPECT("0.000000e+00", "%e", 0.0);
    EXPECT("0", "%g", 0.0);
    EXPECT("0x0p+0", "%a", 0.0);
    EXPECT("123456789.000000", "%f", 123456789.0);
    EXPECT("1.234568e+08", "%e", 123456789.0);
    EXPECT("1.23457e+08", "%g", 123456789.0);
    EXPECT("100000", "%g", 100000.0);
    EXPECT("1e+06", "%g", 1000000.0);
    EXPECT("0.0001", "%g", 0.0001);
    EXPECT("1e-05", "%g", 0.00001);
    EXPECT("1.5E-05", "%G", 0.000015);
    EXPECT("1E+100", "%G", 1e100);
    EXPECT("1e+300", "%g", 1e300);
    EXPECT("1.000000e-300", "%e", 1e-300);
    EXPECT("0x1p+0", "%a", 1.0);
    EXPECT("0x1p-1", "%a", 0.5);
    EXPECT("0x1.fep+7", "%a", 255.0);
    EXPECT("-0x1.999999999999ap-4", "%a", -0.1);
    EXPECT("0x1.fffffffffffffp+1023", "%a", DBL_MAX);
    EXPECT("1 2.500000 3", "%d %f %d", 1, 2.5, 3);
    // More doubles than registers: the later ones come from the stack.
    EXPECT("1 2 3 4 5 6 7 8 9 10 11|42", "%g %g %g %g %g %g %g %g %g %g %g|%d", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0,
        8.0, 9.0, 10.0, 11.0, 42);
}

static void test_flags_width_precision(void)
{
    EXPECT("+1.500000", "%+f", 1.5);
    EXPECT(" 1.500000", "% f", 1.5);
    EXPECT("-1.500000", "% f", -1.5);
    EXPECT("  1.50", "%6.2f", 1.5);
    EXPECT("1.50  |", "%-6.2f|", 1.5);
    EXPECT("001.50", "%06.2f", 1.5);
    EXPECT("-01.50", "%06.2f", -1.5);
    EXPECT("+01.50", "%+06.2f", 1.5);
    EXPECT(" 01.50", "% 06.2f", 1.5);
    EXPECT("1.50  |", "%-06.2f|", 1.5);
    EXPECT("2", "%.0f", 1.5);
    EXPECT("2.", "%#.0f", 1.5);
    EXPECT("2e+00", "%.0e", 1.5);
    EXPECT("2.e+00", "%#.0e", 1.5);
    EXPECT("1.00000", "%#g", 1.0);
    EXPECT("1.", "%#.0g", 1.0);
    EXPECT("1.00", "%#.3g", 1.0);
    EXPECT("0.00000", "%#g", 0.0);
    EXPECT("1", "%.0g", 1.0);
    EXPECT("0.000123", "%.3g", 0.0001234);
    EXPECT("1.23e-05", "%.3g", 0.00001234);
    EXPECT("1.2e+02", "%.2g", 123.0);
    EXPECT("     3.142", "%*.*f", 10, 3, 3.14159);
    EXPECT("3.142     |", "%*.*f|", -10, 3, 3.14159);
    EXPECT("3.141590", "%.*f", -1, 3.14159);
    EXPECT("0x1.8p+0", "%.*a", -1, 1.5);
    EXPECT("0x0001p+0", "%09a", 1.0);
    EXPECT("-0x001p+0", "%09a", -1.0);
    EXPECT("0x1p+0   |", "%-9a|", 1.0);
    EXPECT("+0x1p+0", "%+a", 1.0);
    EXPECT("0x1.p+0", "%#a", 1.0);
    EXPECT("0x1.p+0", "%#.0a", 1.0);
    EXPECT("0x1.000p+0", "%.3a", 1.0);
    EXPECT("0x1.00000000000000000000p+0", "%.20a", 1.0);
    EXPECT("0x0.000p+0", "%.3a", 0.0);
    EXPECT("1.500000", "%Lf", 1.5L);
    EXPECT("1.25e+00|7", "%.2Le|%d", 1.25L, 7);
    EXPECT("0x1.8p+0", "%La", 1.5L);
}

static void test_specials(void)
{
    double inf = INFINITY;
    double nan = NAN;
    EXPECT("inf", "%f", inf);
    EXPECT("-inf", "%f", -inf);
    EXPECT("INF", "%F", inf);
    EXPECT("inf", "%e", inf);
    EXPECT("-INF", "%E", -inf);
    EXPECT("inf", "%g", inf);
    EXPECT("INF", "%G", inf);
    EXPECT("inf", "%a", inf);
    EXPECT("-INF", "%A", -inf);
    EXPECT("nan", "%f", nan);
    EXPECT("-nan", "%f", -nan);
    EXPECT("NAN", "%F", nan);
    EXPECT("-NAN", "%G", -nan);
    EXPECT("nan", "%a", nan);
    EXPECT("+inf", "%+f", inf);
    EXPECT(" inf", "% f", inf);
    EXPECT("+nan", "%+e", nan);
    EXPECT("     inf", "%8f", inf);
    EXPECT("    -inf", "%08f", -inf); // '0' pads numbers only
    EXPECT("nan     |", "%-8.3f|", nan);
    EXPECT("inf", "%.0f", inf);
    EXPECT("inf", "%#.10e", inf);
    EXPECT("-0.000000", "%f", -0.0);
    EXPECT("-0", "%g", -0.0);
    EXPECT("-0.000000e+00", "%e", -0.0);
    EXPECT("-0x0p+0", "%a", -0.0);
    EXPECT("-0", "%.0f", -0.0);
    EXPECT("-0", "%.0f", -0.4); // the sign of a value rounded to zero stays
    EXPECT("-0.00", "%.2f", -0.001);
}

// Ties are broken to even on the exact binary value; values that only look
// like ties in decimal are not ties.
static void test_rounding(void)
{
    EXPECT("0", "%.0f", 0.5);
    EXPECT("2", "%.0f", 1.5);
    EXPECT("2", "%.0f", 2.5);
    EXPECT("4", "%.0f", 3.5);
    EXPECT("-2", "%.0f", -2.5);
    EXPECT("0.2", "%.1f", 0.25);
    EXPECT("0.4", "%.1f", 0.375);
    EXPECT("0.12", "%.2f", 0.125);
    EXPECT("0.38", "%.2f", 0.375);
    EXPECT("1.12e+00", "%.2e", 1.125);
    EXPECT("8e+00", "%.0e", 8.5);
    EXPECT("1e+01", "%.0e", 9.5);
    EXPECT("1e+01", "%.0e", 9.99);
    EXPECT("10.0", "%.1f", 9.96);
    EXPECT("0.3", "%.1f", 0.35);   // 0.34999999999999997779...
    EXPECT("0.01", "%.2f", 0.005); // 0.00500000000000000010408...
    EXPECT("0.9", "%.1f", 0.95);   // 0.94999999999999995559...
    EXPECT("2.67", "%.2f", 2.675); // 2.67499999999999982236431605997495353221893310546875
    EXPECT("1e+23", "%.0e", 1e23);
    EXPECT("9.9999999999999991611e+22", "%.19e", 1e23);
    EXPECT("99999999999999991611392", "%.0f", 1e23);
    EXPECT("0x2p+0", "%.0a", 1.5);
    EXPECT("0x1p+1", "%.0a", 2.5);
    EXPECT("0x2.0p+0", "%.1a", 0x1.f8p0);
    EXPECT("0x1.2p+0", "%.1a", 0x1.28p0); // tie, even digit stays
    EXPECT("0x1.4p+0", "%.1a", 0x1.38p0); // tie, odd digit goes up
}

// Subnormals, the extremes and very long output.
static void test_extremes(void)
{
    double min_subnormal = from_bits(1);
    EXPECT("4.940656e-324", "%e", min_subnormal);
    EXPECT("4.9406564584124654e-324", "%.17g", min_subnormal);
    EXPECT("0x0.0000000000001p-1022", "%a", min_subnormal);
    EXPECT("0x0.fffffffffffffp-1022", "%a", from_bits(0x000FFFFFFFFFFFFF));
    EXPECT("0x1p-1022", "%a", DBL_MIN);
    EXPECT("0x1.0p-1022", "%.1a", from_bits(0x000FFFFFFFFFFFFF));
    EXPECT("0x0p-1022", "%.0a", from_bits(0x0008000000000000)); // tie, 0 is even
    EXPECT("2.2250738585072014e-308", "%.17g", DBL_MIN);
    EXPECT("2.2250738585072009e-308", "%.17g", from_bits(0x000FFFFFFFFFFFFF));
    EXPECT("1.7976931348623157e+308", "%.17g", DBL_MAX);
    EXPECT("0.100000000000000005551115123125782702118158340454101562500000", "%.60f", 0.1);
    EXPECT("0.1000000000000000055511151231257827021181583404541015625", "%.55f", 0.1);
    EXPECT("0.1000000000000000055511151231257827021181583404541015625", "%.100g", 0.1);
    EXPECT("3.0517578125e-05", "%.100g", 0x1p-15);
    EXPECT("0.000", "%.3f", min_subnormal);
    EXPECT("1e-323", "%.0e", 1e-323);

    // DBL_MAX has 309 integer digits; 2^-1074 has 1074 decimals, the last
    // 751 of them significant and ending in 5.
    char buffer[BUFFER];
    int length = pw_snprintf(buffer, sizeof(buffer), "%.0f", DBL_MAX);
    CHECK(length == 309 && strncmp(buffer, "17976931348623157081", 20) == 0 && strcmp(buffer + 303, "858368") == 0,
        "DBL_MAX with %%.0f: %s (%d)", quote_str(buffer), length);
    length = pw_snprintf(buffer, sizeof(buffer), "%.1074f", min_subnormal);
    CHECK(length == 1076 && strncmp(buffer, "0.000", 5) == 0 && buffer[325] == '4' && buffer[1075] == '5' &&
              strspn(buffer + 2, "0") == 323,
        "2^-1074 with %%.1074f: %s (%d)", quote_str(buffer), length);
    length = pw_snprintf(buffer, sizeof(buffer), "%.750e", min_subnormal);
    CHECK(length == 757 && strcmp(buffer + 749, "625e-324") == 0, "2^-1074 with %%.750e: %s",
        quote_str(buffer + 740));
    length = pw_snprintf(buffer, sizeof(buffer), "%.1100e", min_subnormal);
    CHECK(length == 1107 && strncmp(buffer + 749, "625", 3) == 0 && strspn(buffer + 752, "0") == 350,
        "2^-1074 with %%.1100e: %s", quote_str(buffer + 740));
}

// Output length limits: an exact count, the error past INT_MAX, and cuts.
static void test_length(void)
{
    CHECK(pw_snprintf(NULL, 0, "%.100000f", 1.0) == 100002, "%%.100000f counts 100002 bytes");
    CHECK(pw_snprintf(NULL, 0, "%.2147483645f", 1.0) == INT_MAX, "%%.2147483645f is INT_MAX bytes");
    CHECK(pw_snprintf(NULL, 0, "%.2147483646f", 1.0) == -1, "%%.2147483646f is too long");
    CHECK(pw_snprintf(NULL, 0, "%.2147483647e", 1.0) == -1, "%%.2147483647e is too long");
    CHECK(pw_snprintf(NULL, 0, "%2147483647f", 1.0) == INT_MAX, "a field of INT_MAX bytes");
    char buffer[8];
    memset(buffer, 'X', sizeof(buffer));
    CHECK(pw_snprintf(buffer, 5, "%f", 3.14159) == 8 && memcmp(buffer, "3.14\0X", 6) == 0, "cut: %s",
        quote(buffer, 6));
    CHECK(pw_snprintf(buffer, 3, "%+08.2e", 1.0) == 9 && strcmp(buffer, "+1") == 0, "cut in the mantissa: %s",
        quote_str(buffer));
}

// ---- differential runs against glibc ----

static int compared;

static void compare(const char* fmt, double value)
{
    static char ours[BUFFER];
    static char host[BUFFER];
    compared++;
    int our_length = pw_snprintf(ours, sizeof(ours), fmt, value);
    int host_length = snprintf(host, sizeof(host), fmt, value);
    CHECK(our_length == host_length && strcmp(ours, host) == 0, "%s of %a: %s (%d), glibc %s (%d)", fmt, value,
        quote_str(ours), our_length, quote_str(host), host_length);
}

// A random double: any bit pattern, a subnormal, or a short decimal-ish one.
static double random_double(void)
{
    switch (random_below(4))
    {
    case 0:
        return from_bits(next_random() & 0x800FFFFFFFFFFFFF);
    case 1:
        return ldexp((double)random_below(1000000), (int)random_below(120) - 60);
    default:
        return from_bits(next_random());
    }
}

static void test_random_against_glibc(void)
{
    static const char conversions[] = "efgaEFGA";
    static const char flags[] = "-+ #0";
    compared = 0;
    for (int i = 0; i < 60000; i++)
    {
        double value = random_double();
        size_t precision = random_below(20);
        if (random_below(8) == 0)
        {
            precision = random_below(800);
        }
        // Every conversion at one precision, and a random set of flags and
        // a width on one of them.
        for (const char* c = conversions; *c != '\0'; c++)
        {
            char fmt[40];
            snprintf(fmt, sizeof(fmt), "%%.%zu%c", precision, *c);
            compare(fmt, value);
        }
        char fmt[40];
        size_t n = 0;
        fmt[n++] = '%';
        for (const char* f = flags; *f != '\0'; f++)
        {
            if (random_below(3) == 0)
            {
                fmt[n++] = *f;
            }
        }
        snprintf(fmt + n, sizeof(fmt) - n, "%zu.%zu%c", random_below(40), random_below(30),
            conversions[random_below(8)]);
        compare(fmt, value);
        // No precision: the defaults, and %a's shortest exact form.
        compare(random_below(2) ? "%a" : "%g", value);
        compare("%.17g", value);
    }
    CHECK(compared == 60000 * 11, "compared %d formats", compared);
}

// Exact decimal ties: m * 2^-j (m odd) has exactly j decimals, the last a
// 5, so %.(j-1)f must break a tie; likewise %e one digit short of all of
// its significant digits.
static void test_ties_against_glibc(void)
{
    static char full[BUFFER];
    for (int i = 0; i < 20000; i++)
    {
        uint64_t m = (next_random() >> (11 + random_below(52))) | 1;
        int j = 1 + (int)random_below(i % 2 == 0 ? 60 : 1074);
        double value = ldexp((double)m, -j);
        if (value == 0 || ldexp(value, j) != (double)m)
        {
            continue; // rounded: not an exact tie any more
        }
        char fmt[32];
        snprintf(fmt, sizeof(fmt), "%%.%df", j - 1);
        compare(fmt, value);
        snprintf(full, sizeof(full), "%.1100e", value);
        // full is d.ddd...e-x: the last nonzero digit at index `last` makes
        // `last` significant digits; keeping one fewer is a tie.
        size_t last = (size_t)(strchr(full, 'e') - full) - 1;
        while (full[last] == '0')
        {
            last--;
        }
        if (last >= 2)
        {
            snprintf(fmt, sizeof(fmt), "%%.%zue", last - 2);
            compare(fmt, value);
        }
    }
}

// All the digits there are and more, for values of every magnitude.
static void test_long_output_against_glibc(void)
{
    for (int i = 0; i < 300; i++)
    {
        double value = i < 2 ? from_bits(1 + (uint64_t)i * 0x000FFFFFFFFFFFFE) : random_double();
        compare("%.1100e", value);
        compare("%.1080f", value);
        compare("%.800g", value);
        compare("%#.800g", value);
        compare("%.40a", value);
    }
}

void run_printf_float_tests(void)
{
    run("printf-float-basics", test_basics);
    run("printf-float-flags-width-precision", test_flags_width_precision);
    run("printf-float-inf-nan-negative-zero", test_specials);
    run("printf-float-rounding", test_rounding);
    run("printf-float-subnormals-extremes", test_extremes);
    run("printf-float-length-limits", test_length);
    run("printf-float-glibc-random", test_random_against_glibc);
    run("printf-float-glibc-ties", test_ties_against_glibc);
    run("printf-float-glibc-long-output", test_long_output_against_glibc);
}
