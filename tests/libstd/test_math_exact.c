// math.h: the functions whose results are exact (or, for sqrt, correctly
// rounded) against glibc's, bit for bit, on random arguments of every kind:
// random bit patterns (every exponent, subnormals, infinities, NaNs) and
// values where the interesting cases cluster.
#include "math_test.h"

#include <stdio.h>

#define SAMPLES 200000

// A random argument: half the time any bit pattern, otherwise a value of
// moderate size with a fraction, or an integer, or an integer plus a half.
static double random_argument(void)
{
    switch (next_random() % 6)
    {
    case 0:
    case 1:
    case 2:
        return random_double_bits();
    case 3:
        return random_sign(log_uniform(-60, 60));
    case 4:
        return random_sign((double)(next_random() >> (next_random() % 64)));
    default:
        return random_sign((double)(next_random() >> (11 + next_random() % 53)) + 0.5);
    }
}

static void compare1(const char* name, double (*ours)(double), double (*glibc)(double), double x)
{
    double got = ours(x), want = glibc(x);
    CHECK(same_double(got, want), "%s(%a) = %a; glibc %a", name, x, got, want);
}

static void test_rounding(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        double x = random_argument();
        compare1("floor", pw_floor, floor, x);
        compare1("ceil", pw_ceil, ceil, x);
        compare1("trunc", pw_trunc, trunc, x);
        compare1("round", pw_round, round, x);
        double our_integral, glibc_integral;
        double our_fraction = pw_modf(x, &our_integral), glibc_fraction = modf(x, &glibc_integral);
        CHECK(same_double(our_fraction, glibc_fraction) && same_double(our_integral, glibc_integral),
            "modf(%a) = %a, %a; glibc %a, %a", x, our_fraction, our_integral, glibc_fraction, glibc_integral);
    }
}

static void test_representation(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        double x = random_argument();
        compare1("fabs", pw_fabs, fabs, x);
        double y = random_argument();
        double got = pw_copysign(x, y), want = copysign(x, y);
        CHECK(double_bits(got) == double_bits(want), "copysign(%a, %a) = %a; glibc %a", x, y, got, want);
        if (isfinite(x))
        {
            int our_exponent, glibc_exponent;
            double our_fraction = pw_frexp(x, &our_exponent), glibc_fraction = frexp(x, &glibc_exponent);
            CHECK(same_double(our_fraction, glibc_fraction) && our_exponent == glibc_exponent,
                "frexp(%a) = %a, %d; glibc %a, %d", x, our_fraction, our_exponent, glibc_fraction, glibc_exponent);
        }
        int n = (int)(next_random() % 4400) - 2200;
        PW_ERRNO = 0;
        errno = 0;
        got = pw_ldexp(x, n);
        want = ldexp(x, n);
        CHECK(same_double(got, want) && PW_ERRNO == errno, "ldexp(%a, %d) = %a errno %d; glibc %a errno %d", x, n,
            got, PW_ERRNO, want, errno);
        got = pw_scalbn(x, n);
        want = scalbn(x, n);
        CHECK(same_double(got, want), "scalbn(%a, %d) = %a; glibc %a", x, n, got, want);
    }
}

static void test_sqrt_min_max(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        double x = random_argument(), y = random_argument();
        if (x >= 0)
        {
            compare1("sqrt", pw_sqrt, sqrt, x);
        }
        if (is_signaling_nan(x) || is_signaling_nan(y))
        {
            continue;
        }
        double got = pw_fmin(x, y), want = fmin(x, y);
        CHECK(same_double(got, want) || (x == 0 && y == 0), "fmin(%a, %a) = %a; glibc %a", x, y, got, want);
        got = pw_fmax(x, y);
        want = fmax(x, y);
        CHECK(same_double(got, want) || (x == 0 && y == 0), "fmax(%a, %a) = %a; glibc %a", x, y, got, want);
    }
}

static void test_fmod(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        double x, y;
        switch (i % 3)
        {
        case 0:
            x = random_double_bits();
            y = random_double_bits();
            break;
        case 1: // exponents close together: few steps, many exact zeros
            x = random_sign((double)(next_random() >> (next_random() % 64)));
            y = random_sign((double)(next_random() >> (next_random() % 64)) + 1);
            break;
        default: // the widest exponent differences, subnormals included
            x = random_sign(log_uniform(-1074, 1024));
            y = random_sign(log_uniform(-1074, 1024));
            break;
        }
        PW_ERRNO = 0;
        errno = 0;
        double got = pw_fmod(x, y), want = fmod(x, y);
        CHECK(same_double(got, want) && PW_ERRNO == errno, "fmod(%a, %a) = %a errno %d; glibc %a errno %d", x, y,
            got, PW_ERRNO, want, errno);
    }
}

void run_math_exact_tests(void)
{
    run("math-exact-rounding", test_rounding);
    run("math-exact-representation", test_representation);
    run("math-exact-sqrt-fmin-fmax", test_sqrt_min_max);
    run("math-exact-fmod", test_fmod);
}
