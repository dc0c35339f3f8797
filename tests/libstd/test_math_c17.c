// math.h: the accuracy of C99's transcendental additions (cbrt, expm1,
// log1p, the inverse hyperbolics, erf, erfc, lgamma, tgamma) and of their
// float versions. Each is measured on random arguments over its ranges
// against glibc's long double function (a few 64-bit ulps off, 2^-10 of a
// double ulp), and must stay within one ulp, as math.h promises; the
// largest error per function is printed as a diagnostic.
#include "math_test.h"

#include <stdio.h>

#define SAMPLES 20000
#define BOUND 1.0

typedef struct
{
    double lo, hi;
    bool log_scale;
    bool both_signs;
} c17_range_t;

typedef struct
{
    const char* name;
    double (*ours)(double);
    float (*ours_float)(float);
    long double (*reference)(long double);
    c17_range_t ranges[5];
} c17_unary_t;

#define FULL(lo, hi) {lo, hi, false, false}
#define SIGNED(lo, hi) {lo, hi, true, true}
#define POSITIVE_LOG(lo, hi) {lo, hi, true, false}

// lgamma is measured apart from its zeros at negative arguments (see
// test_lgamma_negative).
static const c17_unary_t functions[] = {
    {"cbrt", pw_cbrt, pw_cbrtf, cbrtl, {SIGNED(-1074, 1024), FULL(-10, 10), FULL(0.5, 9)}},
    {"expm1", pw_expm1, pw_expm1f, expm1l,
        {FULL(-40, 709.7), FULL(-1, 1), SIGNED(-60, -7), FULL(-0.01, 0.01), SIGNED(-1074, -60)}},
    {"log1p", pw_log1p, pw_log1pf, log1pl,
        {POSITIVE_LOG(-60, 1023), FULL(-0.99, 1), SIGNED(-60, -7), FULL(-0.01, 0.01), FULL(-1, -0.9)}},
    {"acosh", pw_acosh, pw_acoshf, acoshl, {FULL(1, 2), FULL(1, 1.01), POSITIVE_LOG(0, 1023), FULL(2, 100)}},
    {"asinh", pw_asinh, pw_asinhf, asinhl, {SIGNED(-40, 1023), FULL(-2, 2), SIGNED(-30, 2), FULL(-0.01, 0.01)}},
    {"atanh", pw_atanh, pw_atanhf, atanhl, {FULL(-1, 1), SIGNED(-40, 0), FULL(0.99, 1), FULL(-0.01, 0.01)}},
    {"erf", pw_erf, pw_erff, erfl, {FULL(-6, 6), FULL(-2.1, 2.1), SIGNED(-60, 0), FULL(1.9, 2.1), FULL(5, 6.1)}},
    {"erfc", pw_erfc, pw_erfcf, erfcl, {FULL(-6, 27.3), FULL(-2.1, 2.1), FULL(1.9, 4), FULL(10, 27.3), SIGNED(-60, 0)}},
    {"lgamma", pw_lgamma, pw_lgammaf, lgammal,
        {FULL(0, 20), FULL(0.5, 3), POSITIVE_LOG(-60, 1000), FULL(1.9, 2.1), FULL(0.9, 1.1)}},
    {"tgamma", pw_tgamma, pw_tgammaf, tgammal, {FULL(0, 171.6), FULL(0.5, 3), FULL(-20, 0), FULL(-180, -1), SIGNED(-60, 0)}},
};

static double draw(c17_range_t range)
{
    double x = range.log_scale ? log_uniform(range.lo, range.hi) : uniform(range.lo, range.hi);
    return range.both_signs ? random_sign(x) : x;
}

static const c17_unary_t* current;

static void test_unary(void)
{
    double worst = 0, worst_x = 0;
    float worst_float = 0, worst_float_x = 0;
    int samples = 0;
    for (int r = 0; r < 5 && current->ranges[r].hi > current->ranges[r].lo; r++)
    {
        for (int i = 0; i < SAMPLES; i++)
        {
            double x = draw(current->ranges[r]);
            if (strcmp(current->name, "tgamma") == 0 && x < 0 && x == trunc(x))
            {
                continue; // a pole
            }
            long double want = current->reference(x);
            double error = double_ulp_error(current->ours(x), want);
            if (!(error <= worst))
            {
                worst = error;
                worst_x = x;
            }
            float xf = (float)x;
            if (strcmp(current->name, "tgamma") == 0 && xf < 0 && xf == truncf(xf))
            {
                continue;
            }
            double float_error = float_ulp_error(current->ours_float(xf), current->reference(xf));
            if (!(float_error <= worst_float))
            {
                worst_float = (float)float_error;
                worst_float_x = xf;
            }
            samples++;
        }
    }
    printf("# %s: max error %.4f ulp at %a; %sf: %.4f ulp at %a; %d arguments\n", current->name, worst, worst_x,
        current->name, worst_float, worst_float_x, samples);
    CHECK(worst <= BOUND, "%s: error %.4f ulp at %a", current->name, worst, worst_x);
    CHECK(worst_float <= BOUND, "%sf: error %.4f ulp at %a", current->name, worst_float, worst_float_x);
}

// lgamma for negative arguments: within one ulp except near its zeros
// (one in each interval (-n-1, -n) for n >= 2, and near -2.457 and
// -2.747), where the result is small beside the terms of the reflection
// formula. There the error is measured in absolute terms (results below
// 1/4): within 2^-56 beyond the final rounding's half ulp (about 2^-57 measured).
static void test_lgamma_negative(void)
{
    double worst = 0, worst_x = 0, worst_absolute = 0, worst_absolute_x = 0;
    for (int i = 0; i < SAMPLES * 2; i++)
    {
        double x = -uniform(0, 40);
        if (x == trunc(x))
        {
            continue;
        }
        long double want = lgammal(x);
        double got = pw_lgamma(x);
        // Beyond the half ulp of the final rounding.
        int exponent;
        frexpl(want, &exponent);
        double absolute = (double)fabsl((long double)got - want) - ldexp(0.5, exponent - 53);
        if (fabsl(want) < 0.25L && absolute > worst_absolute)
        {
            worst_absolute = absolute;
            worst_absolute_x = x;
        }
        if (fabsl(want) < 0.25L)
        {
            continue; // near a zero: only the absolute error counts
        }
        double error = double_ulp_error(got, want);
        if (error > worst)
        {
            worst = error;
            worst_x = x;
        }
    }
    printf("# lgamma (negative, |result| >= 1/4): max error %.4f ulp at %a; largest absolute error beyond the rounding (|result| < 1/4) %a "
           "at %a\n",
        worst, worst_x, worst_absolute, worst_absolute_x);
    CHECK(worst <= BOUND, "lgamma: error %.4f ulp at %a", worst, worst_x);
    CHECK(worst_absolute <= 0x1p-56, "lgamma: absolute error %a at %a", worst_absolute, worst_absolute_x);
}

// Special cases and errors (C17 7.12 and Annex F).
static void test_special(void)
{
    PW_ERRNO = 0;
    CHECK(isinf(pw_log1p(-1)) && pw_log1p(-1) < 0 && PW_ERRNO == PW_ERANGE, "log1p(-1): pole error");
    PW_ERRNO = 0;
    CHECK(isnan(pw_log1p(-2)) && PW_ERRNO == PW_EDOM, "log1p(-2): domain error");
    CHECK(same_double(pw_log1p(-0.0), -0.0) && same_double(pw_expm1(-0.0), -0.0), "log1p, expm1 keep -0");
    CHECK(pw_expm1(-INFINITY) == -1 && pw_expm1(INFINITY) == INFINITY, "expm1(+-inf)");
    PW_ERRNO = 0;
    CHECK(pw_expm1(710) == INFINITY && PW_ERRNO == PW_ERANGE, "expm1(710) overflows");
    PW_ERRNO = 0;
    CHECK(isnan(pw_acosh(0.5)) && PW_ERRNO == PW_EDOM, "acosh(0.5): domain error");
    CHECK(same_double(pw_acosh(1), 0.0), "acosh(1) = +0");
    PW_ERRNO = 0;
    CHECK(pw_atanh(1) == INFINITY && pw_atanh(-1) == -INFINITY && PW_ERRNO == PW_ERANGE, "atanh(+-1): poles");
    PW_ERRNO = 0;
    CHECK(isnan(pw_atanh(1.5)) && PW_ERRNO == PW_EDOM, "atanh(1.5): domain error");
    CHECK(same_double(pw_asinh(-0.0), -0.0) && pw_asinh(-INFINITY) == -INFINITY, "asinh(-0), asinh(-inf)");
    CHECK(pw_cbrt(-27) == -3 && pw_cbrt(64) == 4 && same_double(pw_cbrt(-0.0), -0.0), "cbrt of cubes");
    CHECK(pw_erf(INFINITY) == 1 && pw_erf(-INFINITY) == -1 && same_double(pw_erf(-0.0), -0.0), "erf(+-inf), erf(-0)");
    CHECK(pw_erfc(INFINITY) == 0 && pw_erfc(-INFINITY) == 2, "erfc(+-inf)");
    PW_ERRNO = 0;
    CHECK(pw_erfc(30) == 0 && PW_ERRNO == PW_ERANGE, "erfc(30) underflows");
    PW_ERRNO = 0;
    CHECK(pw_lgamma(0) == INFINITY && pw_lgamma(-3) == INFINITY && PW_ERRNO == PW_ERANGE, "lgamma poles");
    CHECK(pw_lgamma(1) == 0 && pw_lgamma(2) == 0 && pw_lgamma(-INFINITY) == INFINITY, "lgamma(1), lgamma(2)");
    PW_ERRNO = 0;
    CHECK(pw_tgamma(0.0) == INFINITY && pw_tgamma(-0.0) == -INFINITY && PW_ERRNO == PW_ERANGE, "tgamma(+-0)");
    PW_ERRNO = 0;
    CHECK(isnan(pw_tgamma(-2)) && isnan(pw_tgamma(-INFINITY)) && PW_ERRNO == PW_EDOM, "tgamma at negative integers");
    PW_ERRNO = 0;
    CHECK(pw_tgamma(172) == INFINITY && PW_ERRNO == PW_ERANGE, "tgamma(172) overflows");
    for (int n = 1; n <= 20; n++)
    {
        double factorial = 1;
        for (int k = 2; k < n; k++)
        {
            factorial *= k;
        }
        CHECK(pw_tgamma(n) == factorial, "tgamma(%d) = %.17g, not %.17g", n, pw_tgamma(n), factorial);
    }
    CHECK(signbit(pw_tgamma(-0.5)) && !signbit(pw_tgamma(-1.5)) && signbit(pw_tgamma(-200.5)), "tgamma's sign");
}

void run_math_c17_tests(void)
{
    for (size_t i = 0; i < sizeof(functions) / sizeof(functions[0]); i++)
    {
        current = &functions[i];
        char name[64];
        snprintf(name, sizeof(name), "math-c17-accuracy-%s", current->name);
        run(name, test_unary);
    }
    run("math-c17-lgamma-negative", test_lgamma_negative);
    run("math-c17-special-cases", test_special);
}
