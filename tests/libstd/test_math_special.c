// math.h: the special cases of C17 Annex F and the errors math.h
// documents (EDOM for a domain error; ERANGE for a pole, an overflow, or an
// underflow to zero), checked exactly: the result's bits (so the sign of a
// zero counts; any NaN matches a NaN) and errno. Also exact results the
// functions promise, such as log10(1e22) == 22.
#include "math_test.h"

#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#define INF INFINITY
#define PI 0x1.921fb54442d18p+1
#define PI_2 0x1.921fb54442d18p+0
#define PI_4 0x1.921fb54442d18p-1
#define THREE_PI_4 0x1.2d97c7f3321d2p+1
#define MIN_SUBNORMAL 0x1p-1074

static void expect1(const char* name, double (*f)(double), double x, double want, int want_errno)
{
    PW_ERRNO = 0;
    double got = f(x);
    int got_errno = PW_ERRNO;
    CHECK(same_double(got, want) && got_errno == want_errno, "%s(%a) = %a errno %d; want %a errno %d", name, x, got,
        got_errno, want, want_errno);
}

static void expect2(const char* name, double (*f)(double, double), double x, double y, double want, int want_errno)
{
    PW_ERRNO = 0;
    double got = f(x, y);
    int got_errno = PW_ERRNO;
    CHECK(same_double(got, want) && got_errno == want_errno, "%s(%a, %a) = %a errno %d; want %a errno %d", name, x, y,
        got, got_errno, want, want_errno);
}

static void expect_int(const char* name, double (*f)(double, int), double x, int n, double want, int want_errno)
{
    PW_ERRNO = 0;
    double got = f(x, n);
    int got_errno = PW_ERRNO;
    CHECK(same_double(got, want) && got_errno == want_errno, "%s(%a, %d) = %a errno %d; want %a errno %d", name, x, n,
        got, got_errno, want, want_errno);
}

#define E1(f, x, want, errno_value) expect1(#f, pw_##f, x, want, errno_value)
#define E2(f, x, y, want, errno_value) expect2(#f, pw_##f, x, y, want, errno_value)

static void test_exp_log(void)
{
    E1(exp, NAN, NAN, 0);
    E1(exp, INF, INF, 0);
    E1(exp, -INF, 0.0, 0);
    E1(exp, 0.0, 1.0, 0);
    E1(exp, -0.0, 1.0, 0);
    E1(exp, 1.0, 0x1.5bf0a8b145769p+1, 0);
    E1(exp, 710.0, INF, PW_ERANGE);
    E1(exp, -746.0, 0.0, PW_ERANGE);
    E1(exp, -745.1332191019411, MIN_SUBNORMAL, 0); // a subnormal result sets no errno
    E1(exp2, NAN, NAN, 0);
    E1(exp2, INF, INF, 0);
    E1(exp2, -INF, 0.0, 0);
    E1(exp2, -0.0, 1.0, 0);
    E1(exp2, 10.0, 1024.0, 0);
    E1(exp2, -1.0, 0.5, 0);
    E1(exp2, 0.5, 0x1.6a09e667f3bcdp+0, 0);
    E1(exp2, 1023.0, 0x1p1023, 0);
    E1(exp2, -1074.0, MIN_SUBNORMAL, 0);
    E1(exp2, -1075.0, 0.0, PW_ERANGE); // exactly half the smallest subnormal: ties to even
    E1(exp2, 1024.0, INF, PW_ERANGE);

    E1(log, NAN, NAN, 0);
    E1(log, -1.0, NAN, PW_EDOM);
    E1(log, -INF, NAN, PW_EDOM);
    E1(log, -MIN_SUBNORMAL, NAN, PW_EDOM);
    E1(log, 0.0, -INF, PW_ERANGE);
    E1(log, -0.0, -INF, PW_ERANGE);
    E1(log, INF, INF, 0);
    E1(log, 1.0, 0.0, 0);
    E1(log, 0x1.5bf0a8b145769p+1, 1.0, 0);
    E1(log, MIN_SUBNORMAL, -0x1.74385446d71c3p+9, 0);
    E1(log2, 0.0, -INF, PW_ERANGE);
    E1(log2, -2.0, NAN, PW_EDOM);
    E1(log2, INF, INF, 0);
    E1(log2, 1.0, 0.0, 0);
    E1(log2, 8.0, 3.0, 0);
    E1(log2, 0x1p1023, 1023.0, 0);
    E1(log2, 0x1p-1022, -1022.0, 0);
    E1(log2, MIN_SUBNORMAL, -1074.0, 0);
    E1(log10, -0.0, -INF, PW_ERANGE);
    E1(log10, -10.0, NAN, PW_EDOM);
    E1(log10, 1.0, 0.0, 0);
    E1(log10, 10.0, 1.0, 0);
    // Every power of ten that a double holds to within its rounding gives the exact integer.
    for (int n = -300; n <= 308; n += 7)
    {
        char text[16];
        snprintf(text, sizeof(text), "1e%d", n);
        E1(log10, strtod(text, NULL), (double)n, 0);
    }
}

static void test_trigonometric(void)
{
    double (*const functions[])(double) = {pw_sin, pw_cos, pw_tan};
    const char* names[] = {"sin", "cos", "tan"};
    for (int i = 0; i < 3; i++)
    {
        expect1(names[i], functions[i], NAN, NAN, 0);
        expect1(names[i], functions[i], INF, NAN, PW_EDOM);
        expect1(names[i], functions[i], -INF, NAN, PW_EDOM);
    }
    E1(sin, 0.0, 0.0, 0);
    E1(sin, -0.0, -0.0, 0);
    E1(sin, -MIN_SUBNORMAL, -MIN_SUBNORMAL, 0);
    E1(tan, 0.0, 0.0, 0);
    E1(tan, -0.0, -0.0, 0);
    E1(cos, 0.0, 1.0, 0);
    E1(cos, -0.0, 1.0, 0);
    E1(sin, PI_2, 1.0, 0);
    E1(cos, PI, -1.0, 0);
    // pi/2 and pi rounded to doubles are short of the exact values by
    // these (pi's low parts), which the results must show.
    E1(cos, PI_2, 0x1.1a62633145c07p-54, 0);
    E1(sin, PI, 0x1.1a62633145c07p-53, 0);
    E1(sin, -PI, -0x1.1a62633145c07p-53, 0);

    E1(asin, NAN, NAN, 0);
    E1(asin, 2.0, NAN, PW_EDOM);
    E1(asin, -1.0000000000000002, NAN, PW_EDOM);
    E1(asin, -INF, NAN, PW_EDOM);
    E1(asin, 0.0, 0.0, 0);
    E1(asin, -0.0, -0.0, 0);
    E1(asin, 1.0, PI_2, 0);
    E1(asin, -1.0, -PI_2, 0);
    E1(acos, NAN, NAN, 0);
    E1(acos, 1.0000000000000002, NAN, PW_EDOM);
    E1(acos, INF, NAN, PW_EDOM);
    E1(acos, 1.0, 0.0, 0);
    E1(acos, -1.0, PI, 0);
    E1(acos, 0.0, PI_2, 0);
    E1(acos, -0.0, PI_2, 0);
    E1(atan, NAN, NAN, 0);
    E1(atan, INF, PI_2, 0);
    E1(atan, -INF, -PI_2, 0);
    E1(atan, 0.0, 0.0, 0);
    E1(atan, -0.0, -0.0, 0);
    E1(atan, 1.0, PI_4, 0);

    E2(atan2, 0.0, -0.0, PI, 0);
    E2(atan2, -0.0, -0.0, -PI, 0);
    E2(atan2, 0.0, 0.0, 0.0, 0);
    E2(atan2, -0.0, 0.0, -0.0, 0);
    E2(atan2, 0.0, -1.0, PI, 0);
    E2(atan2, -0.0, -1.0, -PI, 0);
    E2(atan2, 0.0, 1.0, 0.0, 0);
    E2(atan2, -0.0, 1.0, -0.0, 0);
    E2(atan2, -1.0, 0.0, -PI_2, 0);
    E2(atan2, -1.0, -0.0, -PI_2, 0);
    E2(atan2, 1.0, 0.0, PI_2, 0);
    E2(atan2, 1.0, -0.0, PI_2, 0);
    E2(atan2, 1.0, -INF, PI, 0);
    E2(atan2, -1.0, -INF, -PI, 0);
    E2(atan2, 1.0, INF, 0.0, 0);
    E2(atan2, -1.0, INF, -0.0, 0);
    E2(atan2, INF, 5.0, PI_2, 0);
    E2(atan2, -INF, -5.0, -PI_2, 0);
    E2(atan2, INF, -INF, THREE_PI_4, 0);
    E2(atan2, -INF, -INF, -THREE_PI_4, 0);
    E2(atan2, INF, INF, PI_4, 0);
    E2(atan2, -INF, INF, -PI_4, 0);
    E2(atan2, NAN, 1.0, NAN, 0);
    E2(atan2, 1.0, NAN, NAN, 0);
    E2(atan2, 1.0, 1.0, PI_4, 0);
    E2(atan2, -1.0, -1.0, -THREE_PI_4, 0);
    E2(atan2, MIN_SUBNORMAL, 2.0, 0.0, PW_ERANGE);
    E2(atan2, -MIN_SUBNORMAL, 0.5, -MIN_SUBNORMAL * 2, 0);
}

static void test_hyperbolic(void)
{
    E1(sinh, NAN, NAN, 0);
    E1(sinh, 0.0, 0.0, 0);
    E1(sinh, -0.0, -0.0, 0);
    E1(sinh, INF, INF, 0);
    E1(sinh, -INF, -INF, 0);
    E1(sinh, 711.0, INF, PW_ERANGE);
    E1(sinh, -711.0, -INF, PW_ERANGE);
    E1(sinh, 710.4, 0x1.da98a7371610bp+1023, 0);
    E1(cosh, NAN, NAN, 0);
    E1(cosh, 0.0, 1.0, 0);
    E1(cosh, -0.0, 1.0, 0);
    E1(cosh, INF, INF, 0);
    E1(cosh, -INF, INF, 0);
    E1(cosh, 711.0, INF, PW_ERANGE);
    E1(cosh, -711.0, INF, PW_ERANGE);
    E1(tanh, NAN, NAN, 0);
    E1(tanh, 0.0, 0.0, 0);
    E1(tanh, -0.0, -0.0, 0);
    E1(tanh, INF, 1.0, 0);
    E1(tanh, -INF, -1.0, 0);
    E1(tanh, 30.0, 1.0, 0);
    E1(tanh, -30.0, -1.0, 0);
}

static void test_pow(void)
{
    // x^0 and 1^y are 1 whatever the other argument, NaNs included.
    E2(pow, NAN, 0.0, 1.0, 0);
    E2(pow, NAN, -0.0, 1.0, 0);
    E2(pow, INF, 0.0, 1.0, 0);
    E2(pow, 0.0, 0.0, 1.0, 0);
    E2(pow, 1.0, NAN, 1.0, 0);
    E2(pow, 1.0, INF, 1.0, 0);
    E2(pow, 1.0, -INF, 1.0, 0);
    E2(pow, -1.0, INF, 1.0, 0);
    E2(pow, -1.0, -INF, 1.0, 0);
    E2(pow, NAN, 1.0, NAN, 0);
    E2(pow, 2.0, NAN, NAN, 0);
    // Zeros.
    E2(pow, 0.0, -3.0, INF, PW_ERANGE);
    E2(pow, -0.0, -3.0, -INF, PW_ERANGE);
    E2(pow, 0.0, -2.0, INF, PW_ERANGE);
    E2(pow, -0.0, -2.0, INF, PW_ERANGE);
    E2(pow, -0.0, -0.5, INF, PW_ERANGE);
    E2(pow, 0.0, -INF, INF, 0);
    E2(pow, -0.0, -INF, INF, 0);
    E2(pow, 0.0, 3.0, 0.0, 0);
    E2(pow, -0.0, 3.0, -0.0, 0);
    E2(pow, -0.0, 2.0, 0.0, 0);
    E2(pow, -0.0, 0.5, 0.0, 0);
    E2(pow, -0.0, INF, 0.0, 0);
    // Infinite y.
    E2(pow, 0.5, INF, 0.0, 0);
    E2(pow, -0.5, INF, 0.0, 0);
    E2(pow, 2.0, INF, INF, 0);
    E2(pow, -2.0, INF, INF, 0);
    E2(pow, 0.5, -INF, INF, 0);
    E2(pow, 2.0, -INF, 0.0, 0);
    // Infinite x.
    E2(pow, -INF, -3.0, -0.0, 0);
    E2(pow, -INF, -2.0, 0.0, 0);
    E2(pow, -INF, -0.5, 0.0, 0);
    E2(pow, -INF, 3.0, -INF, 0);
    E2(pow, -INF, 2.0, INF, 0);
    E2(pow, -INF, 0.5, INF, 0);
    E2(pow, INF, -1.0, 0.0, 0);
    E2(pow, INF, 0.5, INF, 0);
    // Negative x.
    E2(pow, -2.0, 0.5, NAN, PW_EDOM);
    E2(pow, -INF, NAN, NAN, 0);
    E2(pow, -2.0, 3.0, -8.0, 0);
    E2(pow, -2.0, -3.0, -0.125, 0);
    E2(pow, -2.0, 2.0, 4.0, 0);
    E2(pow, -1.0, 1e300, 1.0, 0);
    E2(pow, -1.0, 3.0, -1.0, 0);
    E2(pow, -2.0, 0x1p53, INF, PW_ERANGE);
    E2(pow, -2.0, 1025.0, -INF, PW_ERANGE);
    E2(pow, -2.0, -1075.0, -0.0, PW_ERANGE);
    E2(pow, -2.0, -1074.0, MIN_SUBNORMAL, 0);
    E2(pow, -2.0, -1073.0, -2 * MIN_SUBNORMAL, 0);
    E2(pow, -1e300, 3.0, -INF, PW_ERANGE);
    // Overflow, underflow, exact results.
    E2(pow, 2.0, -1075.0, 0.0, PW_ERANGE);
    E2(pow, 1e-300, 2.0, 0.0, PW_ERANGE);
    E2(pow, 1e300, 2.0, INF, PW_ERANGE);
    E2(pow, 1.0000001, 1e300, INF, PW_ERANGE);
    E2(pow, 0.9999999, 1e300, 0.0, PW_ERANGE);
    E2(pow, 10.0, 308.0, 1e308, 0);
    E2(pow, 2.0, 0.5, 0x1.6a09e667f3bcdp+0, 0);
    E2(pow, 4.0, 0.5, 2.0, 0);
    E2(pow, 0.1, 1.0, 0.1, 0);
    E2(pow, 3.0, 40.0, 0x1.517168a4523fdp+63, 0);
    E2(pow, MIN_SUBNORMAL, 1.0, MIN_SUBNORMAL, 0);
    E2(pow, 0x1p-1022, 0.5, 0x1p-511, 0);
}

static void test_other(void)
{
    E2(hypot, INF, NAN, INF, 0);
    E2(hypot, NAN, -INF, INF, 0);
    E2(hypot, NAN, 1.0, NAN, 0);
    E2(hypot, 3.0, 4.0, 5.0, 0);
    E2(hypot, -3.0, -4.0, 5.0, 0);
    E2(hypot, 0.0, -0.0, 0.0, 0);
    E2(hypot, -0.0, -0.0, 0.0, 0);
    E2(hypot, -MIN_SUBNORMAL, 0.0, MIN_SUBNORMAL, 0);
    E2(hypot, 3 * MIN_SUBNORMAL, 4 * MIN_SUBNORMAL, 5 * MIN_SUBNORMAL, 0);
    E2(hypot, DBL_MAX, DBL_MAX, INF, PW_ERANGE);
    E2(hypot, 0x1p1023, 0x1p1023, 0x1.6a09e667f3bcdp+1023, 0);

    E1(sqrt, -1.0, NAN, PW_EDOM);
    E1(sqrt, -INF, NAN, PW_EDOM);
    E1(sqrt, -0.0, -0.0, 0);
    E1(sqrt, INF, INF, 0);
    E1(sqrt, NAN, NAN, 0);
    E1(sqrt, 4.0, 2.0, 0);
    E1(sqrt, 2.0, 0x1.6a09e667f3bcdp+0, 0);

    E2(fmod, 0.0, 1.0, 0.0, 0);
    E2(fmod, -0.0, 1.0, -0.0, 0);
    E2(fmod, 1.0, 0.0, NAN, PW_EDOM);
    E2(fmod, 1.0, -0.0, NAN, PW_EDOM);
    E2(fmod, INF, 1.0, NAN, PW_EDOM);
    E2(fmod, -INF, INF, NAN, PW_EDOM);
    E2(fmod, 1.0, INF, 1.0, 0);
    E2(fmod, -1.0, -INF, -1.0, 0);
    E2(fmod, NAN, 1.0, NAN, 0);
    E2(fmod, 1.0, NAN, NAN, 0);
    E2(fmod, 5.5, 2.0, 1.5, 0);
    E2(fmod, -5.5, 2.0, -1.5, 0);
    E2(fmod, 5.5, -2.0, 1.5, 0);
    E2(fmod, 6.0, 3.0, 0.0, 0);
    E2(fmod, -6.0, 3.0, -0.0, 0);
    E2(fmod, DBL_MAX, MIN_SUBNORMAL, 0.0, 0);
    E2(fmod, MIN_SUBNORMAL, DBL_MAX, MIN_SUBNORMAL, 0);
    E2(fmod, 0x1p1023, 3.0, 2.0, 0); // 2^1023 = 2 (mod 3)

    double (*const rounding[])(double) = {pw_floor, pw_ceil, pw_trunc, pw_round};
    const char* names[] = {"floor", "ceil", "trunc", "round"};
    // {x, floor, ceil, trunc, round}
    static const double cases[][5] = {
        {0.0, 0.0, 0.0, 0.0, 0.0},
        {-0.0, -0.0, -0.0, -0.0, -0.0},
        {INF, INF, INF, INF, INF},
        {-INF, -INF, -INF, -INF, -INF},
        {0.5, 0.0, 1.0, 0.0, 1.0},
        {-0.5, -1.0, -0.0, -0.0, -1.0},
        {1.5, 1.0, 2.0, 1.0, 2.0},
        {-1.5, -2.0, -1.0, -1.0, -2.0},
        {2.5, 2.0, 3.0, 2.0, 3.0},
        {0.49999999999999994, 0.0, 1.0, 0.0, 0.0},
        {-0.49999999999999994, -1.0, -0.0, -0.0, -0.0},
        {4503599627370495.5, 4503599627370495.0, 4503599627370496.0, 4503599627370495.0, 4503599627370496.0},
        {4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0},
        {1e300, 1e300, 1e300, 1e300, 1e300},
        {MIN_SUBNORMAL, 0.0, 1.0, 0.0, 0.0},
        {-MIN_SUBNORMAL, -1.0, -0.0, -0.0, -0.0},
        {-2.75, -3.0, -2.0, -2.0, -3.0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        for (int f = 0; f < 4; f++)
        {
            expect1(names[f], rounding[f], cases[i][0], cases[i][f + 1], 0);
        }
    }
    for (int f = 0; f < 4; f++)
    {
        expect1(names[f], rounding[f], NAN, NAN, 0);
    }

    // {x, fraction, integral part}
    static const double modf_cases[][3] = {
        {3.5, 0.5, 3.0},
        {-3.5, -0.5, -3.0},
        {INF, 0.0, INF},
        {-INF, -0.0, -INF},
        {-3.0, -0.0, -3.0},
        {-0.0, -0.0, -0.0},
        {0x1p60, 0.0, 0x1p60},
        {-MIN_SUBNORMAL, -MIN_SUBNORMAL, -0.0},
    };
    for (size_t i = 0; i < sizeof(modf_cases) / sizeof(modf_cases[0]); i++)
    {
        double integral;
        double fraction = pw_modf(modf_cases[i][0], &integral);
        CHECK(same_double(fraction, modf_cases[i][1]) && same_double(integral, modf_cases[i][2]),
            "modf(%a) = %a, %a; want %a, %a", modf_cases[i][0], fraction, integral, modf_cases[i][1],
            modf_cases[i][2]);
    }
    double integral = 0;
    CHECK(isnan(pw_modf(NAN, &integral)) && isnan(integral), "modf(NAN) = %a", integral);

    // {x, fraction, exponent}
    static const double frexp_cases[][3] = {
        {8.0, 0.5, 4},
        {1.0, 0.5, 1},
        {-0.75, -0.75, 0},
        {MIN_SUBNORMAL, 0.5, -1073},
        {3 * MIN_SUBNORMAL, 0.75, -1072},
        {DBL_MAX, 0x1.fffffffffffffp-1, 1024},
        {-0.0, -0.0, 0},
        {0.0, 0.0, 0},
    };
    for (size_t i = 0; i < sizeof(frexp_cases) / sizeof(frexp_cases[0]); i++)
    {
        int exponent = 12345;
        double fraction = pw_frexp(frexp_cases[i][0], &exponent);
        CHECK(same_double(fraction, frexp_cases[i][1]) && exponent == (int)frexp_cases[i][2],
            "frexp(%a) = %a, %d; want %a, %d", frexp_cases[i][0], fraction, exponent, frexp_cases[i][1],
            (int)frexp_cases[i][2]);
    }
    int exponent;
    CHECK(pw_frexp(-INF, &exponent) == -INF, "frexp(-inf) is not -inf");
    CHECK(isnan(pw_frexp(NAN, &exponent)), "frexp(nan) is not nan");

    double (*const scalers[])(double, int) = {pw_ldexp, pw_scalbn};
    const char* scaler_names[] = {"ldexp", "scalbn"};
    for (int f = 0; f < 2; f++)
    {
        expect_int(scaler_names[f], scalers[f], 1.0, 1024, INF, PW_ERANGE);
        expect_int(scaler_names[f], scalers[f], -1.0, INT_MAX, -INF, PW_ERANGE);
        expect_int(scaler_names[f], scalers[f], 1.0, -1075, 0.0, PW_ERANGE);
        expect_int(scaler_names[f], scalers[f], -1.0, INT_MIN, -0.0, PW_ERANGE);
        expect_int(scaler_names[f], scalers[f], 1.0, -1074, MIN_SUBNORMAL, 0);
        expect_int(scaler_names[f], scalers[f], 1.5, -1075, MIN_SUBNORMAL, 0);
        expect_int(scaler_names[f], scalers[f], 0x1.8p-1022, -52, 2 * MIN_SUBNORMAL, 0); // 1.5 rounds to even 2
        expect_int(scaler_names[f], scalers[f], 0x1.4p-1022, -52, MIN_SUBNORMAL, 0);     // 1.25 rounds to 1
        expect_int(scaler_names[f], scalers[f], MIN_SUBNORMAL, 2097, 0x1p1023, 0);
        expect_int(scaler_names[f], scalers[f], DBL_MAX, -2098, MIN_SUBNORMAL, 0);
        expect_int(scaler_names[f], scalers[f], INF, -5, INF, 0);
        expect_int(scaler_names[f], scalers[f], 0.0, 5000, 0.0, 0);
        expect_int(scaler_names[f], scalers[f], -0.0, 5, -0.0, 0);
        expect_int(scaler_names[f], scalers[f], NAN, 1, NAN, 0);
        expect_int(scaler_names[f], scalers[f], 3.0, 4, 48.0, 0);
    }

    E2(copysign, 1.0, -0.0, -1.0, 0);
    E2(copysign, -1.0, 0.0, 1.0, 0);
    E2(copysign, INF, -1.0, -INF, 0);
    CHECK(signbit(pw_copysign(NAN, -1.0)) && isnan(pw_copysign(NAN, -1.0)), "copysign(nan, -1) is not -nan");
    E1(fabs, -0.0, 0.0, 0);
    E1(fabs, -INF, INF, 0);
    CHECK(!signbit(pw_fabs(-NAN)), "fabs(-nan) keeps the sign");

    E2(fmin, NAN, 1.0, 1.0, 0);
    E2(fmin, 1.0, NAN, 1.0, 0);
    E2(fmin, NAN, NAN, NAN, 0);
    E2(fmin, -0.0, 0.0, -0.0, 0);
    E2(fmin, 0.0, -0.0, -0.0, 0);
    E2(fmin, -INF, 1.0, -INF, 0);
    E2(fmax, NAN, 1.0, 1.0, 0);
    E2(fmax, 1.0, NAN, 1.0, 0);
    E2(fmax, NAN, NAN, NAN, 0);
    E2(fmax, -0.0, 0.0, 0.0, 0);
    E2(fmax, 0.0, -0.0, 0.0, 0);
    E2(fmax, -INF, 1.0, 1.0, 0);
}

static void expect_float(const char* call, float got, float want, int want_errno)
{
    int got_errno = PW_ERRNO;
    CHECK(same_float(got, want) && got_errno == want_errno, "%s = %a errno %d; want %a errno %d", call, (double)got,
        got_errno, (double)want, want_errno);
    PW_ERRNO = 0;
}

#define EF(call, want, errno_value) (PW_ERRNO = 0, expect_float(#call, pw_##call, want, errno_value))

// The float versions: what they add to the double ones is the narrowing,
// with its own overflow and underflow.
static void test_float(void)
{
    EF(expf(100.0f), INFINITY, PW_ERANGE);
    EF(expf(-200.0f), 0.0f, PW_ERANGE);
    EF(expf(0.0f), 1.0f, 0);
    EF(exp2f(128.0f), INFINITY, PW_ERANGE);
    EF(exp2f(-149.0f), 0x1p-149f, 0);
    EF(powf(10.0f, 50.0f), INFINITY, PW_ERANGE);
    EF(powf(10.0f, -50.0f), 0.0f, PW_ERANGE);
    EF(powf(-0.0f, -1.0f), -INFINITY, PW_ERANGE);
    EF(powf(-8.0f, 1.0f / 3), NAN, PW_EDOM);
    EF(ldexpf(1.0f, 128), INFINITY, PW_ERANGE);
    EF(ldexpf(1.0f, -150), 0.0f, PW_ERANGE);
    EF(ldexpf(1.0f, -149), 0x1p-149f, 0);
    EF(scalbnf(-1.0f, 200), -INFINITY, PW_ERANGE);
    EF(sqrtf(-1.0f), NAN, PW_EDOM);
    EF(sqrtf(2.0f), 0x1.6a09e6p+0f, 0);
    EF(logf(0.0f), -INFINITY, PW_ERANGE);
    EF(log2f(-1.0f), NAN, PW_EDOM);
    EF(log10f(1000.0f), 3.0f, 0);
    EF(coshf(100.0f), INFINITY, PW_ERANGE);
    EF(sinhf(-100.0f), -INFINITY, PW_ERANGE);
    EF(tanhf(-0.0f), -0.0f, 0);
    EF(hypotf(3e38f, 3e38f), INFINITY, PW_ERANGE);
    EF(hypotf(3.0f, 4.0f), 5.0f, 0);
    EF(fmodf(1.0f, 0.0f), NAN, PW_EDOM);
    EF(fmodf(-5.5f, 2.0f), -1.5f, 0);
    EF(sinf(INFINITY), NAN, PW_EDOM);
    EF(sinf(-0.0f), -0.0f, 0);
    EF(cosf(0.0f), 1.0f, 0);
    EF(tanf(-0.0f), -0.0f, 0);
    EF(asinf(2.0f), NAN, PW_EDOM);
    EF(acosf(-1.0f), 0x1.921fb6p+1f, 0);
    EF(atanf(INFINITY), 0x1.921fb6p+0f, 0);
    EF(atan2f(-0.0f, -0.0f), -0x1.921fb6p+1f, 0);
    EF(atan2f(0x1p-149f, 4.0f), 0.0f, PW_ERANGE);
    EF(floorf(-0.5f), -1.0f, 0);
    EF(ceilf(-0.5f), -0.0f, 0);
    EF(truncf(-1.5f), -1.0f, 0);
    EF(roundf(-2.5f), -3.0f, 0);
    EF(fabsf(-0.0f), 0.0f, 0);
    EF(copysignf(2.0f, -0.0f), -2.0f, 0);
    EF(fminf(NAN, 2.0f), 2.0f, 0);
    EF(fmaxf(-0.0f, 0.0f), 0.0f, 0);
    int exponent;
    EF(frexpf(-6.0f, &exponent), -0.75f, 0);
    CHECK(exponent == 3, "frexpf(-6) exponent %d; want 3", exponent);
    float integral;
    EF(modff(-2.25f, &integral), -0.25f, 0);
    CHECK(integral == -2.0f, "modff(-2.25) integral part %a; want -2", (double)integral);
}

void run_math_special_tests(void)
{
    run("math-special-exp-log", test_exp_log);
    run("math-special-trigonometric", test_trigonometric);
    run("math-special-hyperbolic", test_hyperbolic);
    run("math-special-pow", test_pow);
    run("math-special-other", test_other);
    run("math-special-float", test_float);
}
