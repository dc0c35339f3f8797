// math.h: the float versions, on random arguments against a long double
// reference (in float ulps) and against glibc's float functions. Each calls
// the double function and rounds, so its error is at most half an ulp plus
// the double's error, about 2^-29 ulp: the bound is 0.501.
#include "math_test.h"

#include <stdio.h>

#define SAMPLES 20000
#define FLOAT_BOUND 0.501

typedef struct
{
    const char* name;
    float (*ours)(float);
    float (*glibc)(float);
    long double (*reference)(long double);
    float lo, hi; // arguments uniform in [lo, hi), and the same with a random exponent in [-30, 30)
} unary_float_t;

static const unary_float_t unary_functions[] = {
    {"expf", pw_expf, expf, expl, -104, 89},
    {"exp2f", pw_exp2f, exp2f, exp2l, -150, 128},
    {"logf", pw_logf, logf, logl, 0, 1e30f},
    {"log2f", pw_log2f, log2f, log2l, 0, 1e30f},
    {"log10f", pw_log10f, log10f, log10l, 0, 1e30f},
    {"sinf", pw_sinf, sinf, sinl, -1e6f, 1e6f},
    {"cosf", pw_cosf, cosf, cosl, -1e6f, 1e6f},
    {"tanf", pw_tanf, tanf, tanl, -1e6f, 1e6f},
    {"asinf", pw_asinf, asinf, asinl, -1, 1},
    {"acosf", pw_acosf, acosf, acosl, -1, 1},
    {"atanf", pw_atanf, atanf, atanl, -100, 100},
    {"sinhf", pw_sinhf, sinhf, sinhl, -90, 90},
    {"coshf", pw_coshf, coshf, coshl, -90, 90},
    {"tanhf", pw_tanhf, tanhf, tanhl, -10, 10},
    {"sqrtf", pw_sqrtf, sqrtf, sqrtl, 0, 1e30f},
};

typedef struct
{
    double ours;
    float worst_x, worst_y;
    uint32_t glibc_distance;
} float_tally_t;

static void record(float_tally_t* tally, float x, float y, float got, float glibc, long double want)
{
    double error = float_ulp_error(got, want);
    if (error > tally->ours)
    {
        tally->ours = error;
        tally->worst_x = x;
        tally->worst_y = y;
    }
    // Compared with glibc only where glibc is within an ulp itself.
    uint32_t distance = float_ulp_error(glibc, want) < 1 ? float_distance(got, glibc) : 0;
    if (distance > tally->glibc_distance)
    {
        tally->glibc_distance = distance;
    }
}

static void check_tally(const char* name, const float_tally_t* tally)
{
    CHECK(tally->ours <= FLOAT_BOUND, "%s: error %.4f ulp at (%a, %a)", name, tally->ours, (double)tally->worst_x,
        (double)tally->worst_y);
    CHECK(tally->glibc_distance <= 1, "%s: %u ulps from glibc at worst", name, (unsigned)tally->glibc_distance);
}

static void test_unary(void)
{
    for (size_t f = 0; f < sizeof(unary_functions) / sizeof(unary_functions[0]); f++)
    {
        const unary_float_t* u = &unary_functions[f];
        float_tally_t tally = {0};
        for (int i = 0; i < SAMPLES; i++)
        {
            float x = (float)uniform(u->lo, u->hi);
            if (i % 2)
            {
                float magnitude = (float)log_uniform(-30, 30);
                x = u->lo < 0 ? (float)random_sign(magnitude) : magnitude;
                if (x < u->lo || x > u->hi)
                {
                    continue;
                }
            }
            record(&tally, x, 0, u->ours(x), u->glibc(x), u->reference(x));
        }
        check_tally(u->name, &tally);
    }
}

static void test_binary(void)
{
    float_tally_t pow_tally = {0}, atan2_tally = {0}, hypot_tally = {0}, fmod_tally = {0};
    for (int i = 0; i < SAMPLES; i++)
    {
        float x = (float)log_uniform(-20, 20), y = (float)uniform(-30, 30);
        record(&pow_tally, x, y, pw_powf(x, y), powf(x, y), powl(x, y));
        x = (float)random_sign(log_uniform(-60, 60));
        y = (float)random_sign(log_uniform(-60, 60));
        record(&atan2_tally, y, x, pw_atan2f(y, x), atan2f(y, x), atan2l(y, x));
        record(&hypot_tally, x, y, pw_hypotf(x, y), hypotf(x, y), hypotl(x, y));
        record(&fmod_tally, x, y, pw_fmodf(x, y), fmodf(x, y), fmodl(x, y));
    }
    check_tally("powf", &pow_tally);
    check_tally("atan2f", &atan2_tally);
    check_tally("hypotf", &hypot_tally);
    check_tally("fmodf", &fmod_tally);
}

static void test_exact(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        uint32_t bits = (uint32_t)next_random();
        float x;
        memcpy(&x, &bits, sizeof(x));
        float y = (float)random_sign(log_uniform(-20, 20));
        CHECK(same_float(pw_floorf(x), floorf(x)), "floorf(%a)", (double)x);
        CHECK(same_float(pw_ceilf(x), ceilf(x)), "ceilf(%a)", (double)x);
        CHECK(same_float(pw_truncf(x), truncf(x)), "truncf(%a)", (double)x);
        CHECK(same_float(pw_roundf(x), roundf(x)), "roundf(%a)", (double)x);
        CHECK(same_float(pw_fabsf(x), fabsf(x)), "fabsf(%a)", (double)x);
        CHECK(same_float(pw_copysignf(y, x), copysignf(y, x)), "copysignf(%a, %a)", (double)y, (double)x);
        if (!is_signaling_nanf(x))
        {
            CHECK(same_float(pw_fminf(x, y), fminf(x, y)), "fminf(%a, %a)", (double)x, (double)y);
            CHECK(same_float(pw_fmaxf(x, y), fmaxf(x, y)), "fmaxf(%a, %a)", (double)x, (double)y);
        }
        int n = (int)(next_random() % 400) - 200;
        CHECK(same_float(pw_ldexpf(x, n), ldexpf(x, n)), "ldexpf(%a, %d)", (double)x, n);
        CHECK(same_float(pw_scalbnf(x, n), scalbnf(x, n)), "scalbnf(%a, %d)", (double)x, n);
        float our_integral, glibc_integral;
        CHECK(same_float(pw_modff(x, &our_integral), modff(x, &glibc_integral)) &&
                same_float(our_integral, glibc_integral),
            "modff(%a)", (double)x);
        if (isfinite(x))
        {
            int our_exponent, glibc_exponent;
            CHECK(same_float(pw_frexpf(x, &our_exponent), frexpf(x, &glibc_exponent)) &&
                    our_exponent == glibc_exponent,
                "frexpf(%a)", (double)x);
        }
    }
}

void run_math_float_tests(void)
{
    run("math-float-unary", test_unary);
    run("math-float-binary", test_binary);
    run("math-float-exact", test_exact);
}
