// math.h: C99's exact functions (fma, remainder, remquo, rint and its kin,
// nextafter, fdim, ilogb, logb, scalbln), the long double functions that
// are exact on the x87, and fenv.h's rounding directions. Each result
// must equal glibc's bit for bit, on random bits (every exponent, NaNs and
// infinities) and on arguments near their hard cases, in every rounding
// direction where C says the function honours it.
#include "math_test.h"

#include <fenv.h>
#include <limits.h>
#include <stdio.h>

#define SAMPLES 200000

// glibc's functions through pointers GCC cannot see through: it expands
// rint and its kin inline assuming round to nearest (no -frounding-math).
static double (*volatile glibc_rint)(double) = rint;
static float (*volatile glibc_rintf)(float) = rintf;
static long (*volatile glibc_lrint)(double) = lrint;
static long long (*volatile glibc_llrint)(double) = llrint;
static long double (*volatile glibc_rintl)(long double) = rintl;
static long (*volatile glibc_lrintl)(long double) = lrintl;
static double (*volatile glibc_fma)(double, double, double) = fma;
static float (*volatile glibc_fmaf)(float, float, float) = fmaf;
static long double (*volatile glibc_fmal)(long double, long double, long double) = fmal;

static const int directions[] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
static const char* const direction_names[] = {"nearest", "downward", "upward", "toward zero"};

// The same long double: equal (and of the same sign), or both NaNs.
static bool same_ld(long double a, long double b)
{
    return isnan(a) ? isnan(b) : a == b && signbit(a) == signbit(b);
}

// Set both libraries' direction: they read the same hardware registers,
// but libstd's fesetround is the one tested.
static void set_direction(int d)
{
    CHECK(pw_fesetround(directions[d]) == 0 && pw_fegetround() == directions[d] && fegetround() == directions[d],
        "fesetround(%s) did not take", direction_names[d]);
}

// A double near the interesting places of the rounding functions: halves,
// integers, 2^52.
static double near_integer(void)
{
    double base = (double)(int64_t)(next_random() % 2000) - 1000;
    double offsets[] = {0, 0.5, -0.5, 0x1p-52, 0.25, 0.75};
    double x = base + offsets[next_random() % 6];
    return next_random() % 4 == 0 ? random_sign(log_uniform(50, 54)) : x;
}

static void test_fma(void)
{
    for (int d = 0; d < 4; d++)
    {
        set_direction(d);
        for (int i = 0; i < SAMPLES; i++)
        {
            double x, y, z;
            if (i % 2 == 0)
            {
                x = random_double_bits(), y = random_double_bits(), z = random_double_bits();
            }
            else
            {
                // Products and addends of similar size, often cancelling,
                // and results near the subnormal range.
                x = random_sign(log_uniform(-540, 540));
                y = random_sign(log_uniform(-540, 540));
                z = random_sign(fabs(x * y) * uniform(0.5, 2));
                if (i % 6 == 1)
                {
                    z = -x * y;
                }
                if (i % 6 == 3)
                {
                    x = random_sign(log_uniform(-1074, -1000)), z = random_sign(log_uniform(-1074, -1020));
                    y = uniform(0.5, 2);
                }
            }
            double got = pw_fma(x, y, z), want = glibc_fma(x, y, z);
            CHECK(same_double(got, want), "fma(%a, %a, %a) = %a, glibc %a (%s)", x, y, z, got, want,
                direction_names[d]);
            float xf = (float)x, yf = (float)y, zf = (float)z;
            if (i % 2 == 1)
            {
                xf = (float)random_sign(log_uniform(-70, 70)), yf = (float)random_sign(log_uniform(-70, 70));
                zf = -xf * yf * (float)uniform(0.99, 1.01);
            }
            float gotf = pw_fmaf(xf, yf, zf), wantf = glibc_fmaf(xf, yf, zf);
            CHECK(same_float(gotf, wantf), "fmaf(%a, %a, %a) = %a, glibc %a (%s)", xf, yf, zf, gotf, wantf,
                direction_names[d]);
            long double xl = (long double)x * (1 + 0x1p-60L), yl = y, zl = (long double)z * (1 - 0x1p-62L);
            long double gotl = pw_fmal(xl, yl, zl), wantl = glibc_fmal(xl, yl, zl);
            CHECK((isnan(gotl) && isnan(wantl)) || (gotl == wantl && signbit(gotl) == signbit(wantl)),
                "fmal(%La, %La, %La) = %La, glibc %La (%s)", xl, yl, zl, gotl, wantl, direction_names[d]);
        }
    }
    set_direction(0);
}

static void test_rounding(void)
{
    for (int d = 0; d < 4; d++)
    {
        set_direction(d);
        for (int i = 0; i < SAMPLES; i++)
        {
            double x = i % 3 == 0 ? random_double_bits() : near_integer();
            // A zero result has x's sign (C17 F.10.6.4); glibc's rint
            // gives -0 for a tiny positive x when rounding downward.
            double want = glibc_rint(x) == 0 ? copysign(0.0, x) : glibc_rint(x);
            CHECK(same_double(pw_rint(x), want), "rint(%a) = %a (%s)", x, pw_rint(x), direction_names[d]);
            pw_feclearexcept(FE_INEXACT);
            double nearby = pw_nearbyint(x);
            CHECK(same_double(nearby, want) && !pw_fetestexcept(FE_INEXACT),
                "nearbyint(%a) = %a or raised inexact (%s)", x, nearby, direction_names[d]);
            if (fabs(x) < 0x1p62)
            {
                CHECK(pw_lrint(x) == glibc_lrint(x) && pw_llrint(x) == glibc_llrint(x), "lrint(%a) = %ld (%s)", x, pw_lrint(x),
                    direction_names[d]);
                CHECK(pw_lround(x) == lround(x) && pw_llround(x) == llround(x), "lround(%a) = %ld", x, pw_lround(x));
            }
            float xf = (float)x;
            float wantf = glibc_rintf(xf) == 0 ? copysignf(0.0f, xf) : glibc_rintf(xf);
            CHECK(same_float(pw_rintf(xf), wantf) && same_float(pw_nearbyintf(xf), wantf),
                "rintf(%a) = %a (%s)", xf, pw_rintf(xf), direction_names[d]);
            long double xl = (long double)x + (fabs(x) < 0x1p60 ? 0x1p-3L : 0);
            CHECK(same_ld(pw_rintl(xl), glibc_rintl(xl)) && same_ld(pw_nearbyintl(xl), glibc_rintl(xl)), "rintl(%La) = %La (%s)", xl,
                pw_rintl(xl), direction_names[d]);
            if (fabsl(xl) < 0x1p62L)
            {
                CHECK(isnan(xl) || pw_lrintl(xl) == glibc_lrintl(xl), "lrintl(%La) = %ld (%s)", xl, pw_lrintl(xl), direction_names[d]);
            }
            // Arithmetic follows the direction too: a sum that is not exact.
            volatile double a = 1, b = 0x1p-60;
            double sum = a + b;
            double expected = d == 2 ? 1 + 0x1p-52 : 1;
            CHECK(sum == expected, "1 + 2^-60 = %a in direction %s", sum, direction_names[d]);
        }
        PW_ERRNO = 0;
        (void)pw_lrint(0x1p64);
        CHECK(PW_ERRNO == PW_EDOM, "lrint(2^64): no domain error");
    }
    set_direction(0);
    CHECK(pw_fesetround(12345) != 0 && pw_fegetround() == FE_TONEAREST, "fesetround accepted a bad direction");
    for (int i = 0; i < SAMPLES; i++)
    {
        long double x = (long double)near_integer() + (long double)(next_random() % 8) * 0x1p-3L;
        CHECK(same_ld(pw_ceill(x), ceill(x)) && same_ld(pw_floorl(x), floorl(x)) && same_ld(pw_truncl(x), truncl(x)) &&
                same_ld(pw_roundl(x), roundl(x)) && pw_lroundl(x) == lroundl(x),
            "ceill/floorl/truncl/roundl(%La)", x);
    }
}

// The same sign, and the same three low bits of the magnitude.
static bool same_quotient(int got, int want)
{
    int a = got < 0 ? -got : got, b = want < 0 ? -want : want;
    // A multiple of 8 may come as 0 (glibc) or +-8 (libstd, which keeps the sign).
    return (a & 7) == (b & 7) && a <= 8 && ((got < 0) == (want < 0) || (a & 7) == 0);
}

static void test_remainders(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        double x = random_double_bits(), y = random_double_bits();
        if (i % 2 == 1)
        {
            x = random_sign(log_uniform(-1074, 1024));
            y = random_sign(log_uniform(-1074, 1024));
            if (i % 4 == 1)
            {
                y = x / (double)(next_random() % 64 + 1) * (1 + 0x1p-52 * (double)(next_random() % 3));
            }
        }
        int got_q = 99, want_q = 99;
        double got = pw_remquo(x, y, &got_q), want = remquo(x, y, &want_q);
        CHECK(same_double(got, want), "remquo(%a, %a) = %a, glibc %a", x, y, got, want);
        // C asks for the sign and at least the three low bits.
        // C asks for the sign and at least the three low bits (glibc keeps more).
        CHECK(isnan(want) || same_quotient(got_q, want_q), "remquo(%a, %a): quotient %d, glibc %d", x, y, got_q,
            want_q);
        CHECK(same_double(pw_remainder(x, y), remainder(x, y)), "remainder(%a, %a)", x, y);
        float xf = (float)x, yf = (float)y;
        int qf;
        CHECK(same_float(pw_remquof(xf, yf, &qf), remquof(xf, yf, &want_q)), "remquof(%a, %a)", xf, yf);
        long double xl = (long double)x * (1 + 0x1p-62L), yl = y;
        int ql, wql;
        long double gotl = pw_remquol(xl, yl, &ql), wantl = remquol(xl, yl, &wql);
        CHECK((isnan(gotl) && isnan(wantl)) || (gotl == wantl && signbit(gotl) == signbit(wantl)),
            "remquol(%La, %La) = %La, glibc %La", xl, yl, gotl, wantl);
        CHECK(isnan(wantl) || same_quotient(ql, wql), "remquol(%La, %La): quotient %d, glibc %d", xl, yl, ql, wql);
        long double gotm = pw_fmodl(xl, yl), wantm = fmodl(xl, yl);
        CHECK((isnan(gotm) && isnan(wantm)) || gotm == wantm, "fmodl(%La, %La) = %La, glibc %La", xl, yl, gotm,
            wantm);
    }
}

static void test_steps(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        double x = random_double_bits(), y = random_double_bits();
        if (i % 3 == 0)
        {
            x = random_sign(log_uniform(-1074, -1020)); // across the subnormal boundary
        }
        CHECK(same_double(pw_nextafter(x, y), nextafter(x, y)), "nextafter(%a, %a) = %a", x, y, pw_nextafter(x, y));
        long double yl = (long double)x + (i % 2 ? 0x1p-80L : -0x1p-80L) * fabs(x);
        CHECK(same_double(pw_nexttoward(x, yl), nexttoward(x, yl)), "nexttoward(%a, %La)", x, yl);
        float xf = (float)x, yf = (float)y;
        CHECK(same_float(pw_nextafterf(xf, yf), nextafterf(xf, yf)) &&
                same_float(pw_nexttowardf(xf, yl), nexttowardf(xf, yl)),
            "nextafterf(%a, %a)", xf, yf);
        long double xl = (long double)x * (1 + 0x1p-63L);
        long double gotl = pw_nextafterl(xl, yl), wantl = nextafterl(xl, yl);
        CHECK((isnan(gotl) && isnan(wantl)) || (gotl == wantl && signbit(gotl) == signbit(wantl)),
            "nextafterl(%La, %La) = %La, glibc %La", xl, yl, gotl, wantl);
        CHECK(same_double(pw_fdim(x, y), fdim(x, y)) && same_float(pw_fdimf(xf, yf), fdimf(xf, yf)), "fdim(%a, %a)",
            x, y);
        if (!isnan(x) && x != 0 && !isinf(x))
        {
            CHECK(pw_ilogb(x) == ilogb(x) && same_double(pw_logb(x), logb(x)) && pw_ilogbf(xf) == ilogbf(xf),
                "ilogb/logb(%a)", x);
            CHECK(pw_ilogbl(xl) == ilogbl(xl) && pw_logbl(xl) == logbl(xl), "ilogbl/logbl(%La)", xl);
            long n = (long)(next_random() % 5000) - 2500;
            CHECK(same_double(pw_scalbln(x, n), scalbln(x, n)), "scalbln(%a, %ld)", x, n);
            int e1, e2;
            long double f1 = pw_frexpl(xl, &e1), f2 = frexpl(xl, &e2);
            CHECK(f1 == f2 && e1 == e2, "frexpl(%La)", xl);
            int shift = (int)(next_random() % 40000) - 20000;
            CHECK(pw_ldexpl(xl, shift) == ldexpl(xl, shift) && pw_scalbnl(xl, shift) == scalbnl(xl, shift),
                "ldexpl(%La, %d) = %La, glibc %La", xl, shift, pw_ldexpl(xl, shift), ldexpl(xl, shift));
            long double ip1, ip2;
            CHECK(pw_modfl(xl, &ip1) == modfl(xl, &ip2) && ip1 == ip2, "modfl(%La)", xl);
            CHECK(pw_sqrtl(fabsl(xl)) == sqrtl(fabsl(xl)), "sqrtl(%La) = %La, glibc %La", fabsl(xl),
                pw_sqrtl(fabsl(xl)), sqrtl(fabsl(xl)));
            CHECK(pw_fmaxl(xl, yl) == fmaxl(xl, yl) && pw_fminl(xl, yl) == fminl(xl, yl) &&
                    pw_fdiml(xl, yl) == fdiml(xl, yl) && pw_copysignl(xl, -yl) == copysignl(xl, -yl) &&
                    pw_fabsl(-xl) == fabsl(xl),
                "fmaxl/fminl/fdiml/copysignl(%La, %La)", xl, yl);
        }
    }
    PW_ERRNO = 0;
    CHECK(pw_ilogb(0) == FP_ILOGB0 && pw_ilogb(NAN) == FP_ILOGBNAN && pw_ilogb(INFINITY) == INT_MAX &&
            PW_ERRNO == PW_EDOM,
        "ilogb(0, NaN, inf)");
    PW_ERRNO = 0;
    CHECK(pw_logb(0) == -INFINITY && PW_ERRNO == PW_ERANGE, "logb(0): pole error");
    CHECK(isnan(pw_nan("")) && isnan(pw_nan("123")), "nan()");
}

static void test_fenv_flags(void)
{
    CHECK(pw_feclearexcept(FE_ALL_EXCEPT) == 0 && pw_fetestexcept(FE_ALL_EXCEPT) == 0, "flags not cleared");
    volatile double zero = 0, one = 1;
    volatile double r = one / zero;
    (void)r;
    CHECK(pw_fetestexcept(FE_ALL_EXCEPT) == FE_DIVBYZERO, "1/0 raised %#x", pw_fetestexcept(FE_ALL_EXCEPT));
    volatile long double lz = 0, lo = 0;
    volatile long double lr = lz / lo; // x87: invalid
    (void)lr;
    CHECK(pw_fetestexcept(FE_INVALID) == FE_INVALID, "0/0 in long double did not raise invalid");
    pw_feclearexcept(FE_ALL_EXCEPT);
    pw_feraiseexcept(FE_OVERFLOW | FE_INEXACT);
    CHECK(pw_fetestexcept(FE_ALL_EXCEPT) == (FE_OVERFLOW | FE_INEXACT), "feraiseexcept");
    pw_feclearexcept(FE_ALL_EXCEPT);
}

void run_math_exact_c17_tests(void)
{
    run("math-c17-fma", test_fma);
    run("math-c17-rounding-directions", test_rounding);
    run("math-c17-remainders", test_remainders);
    run("math-c17-steps-and-exponents", test_steps);
    run("fenv-flags", test_fenv_flags);
}
