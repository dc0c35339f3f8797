// math.h: the accuracy of the transcendental functions. Each is measured on
// random arguments across its interesting ranges against a long double
// reference (glibc's ...l functions: their errors are a few units of the
// 64-bit long double significand, about 2^-10 of a double ulp), giving the
// largest error in ulps, which must stay within the function's bound; each
// is also compared with glibc's double function (which is within one ulp),
// and on hard cases against references computed by tools/math/hard_cases.py
// with mpmath (math_hard_cases.h). The figures are printed as diagnostics.
#include "math_test.h"

#include <stdio.h>

// Samples per range.
#define SAMPLES 20000
// math.h promises errors within one ulp; the methods stay near half an ulp
// (the largest measured is about 0.56, for tan), so the tests hold them to
// 0.75, which also catches a loss of accuracy well inside the promise.
#define BOUND 0.75

typedef struct
{
    const char* function;
    double x;
    double y;
    double hi;
    double lo;
} hard_case_t;

#include "math_hard_cases.h"

// A range of arguments: uniform in [lo, hi), or with a uniformly random
// exponent in [lo, hi) (log_scale), either sign if both_signs.
typedef struct
{
    double lo, hi;
    bool log_scale;
    bool both_signs;
} range_t;

typedef struct
{
    const char* name;
    double (*ours)(double);
    double (*glibc)(double);
    long double (*reference)(long double);
    double bound; // ulps
    range_t ranges[6];
} unary_t;

// The largest error seen, and where.
typedef struct
{
    double ours, glibc;
    double worst_x, worst_y;
    uint64_t glibc_distance;
    int samples;
    int hard_cases, hard_correctly_rounded;
} tally_t;

static double draw(range_t range)
{
    double x = range.log_scale ? log_uniform(range.lo, range.hi) : uniform(range.lo, range.hi);
    return range.both_signs ? random_sign(x) : x;
}

static void record(tally_t* tally, double error, double glibc_error, double x, double y, double got, double glibc)
{
    tally->samples++;
    if (error > tally->ours)
    {
        tally->ours = error;
        tally->worst_x = x;
        tally->worst_y = y;
    }
    if (glibc_error > tally->glibc)
    {
        tally->glibc = glibc_error;
    }
    // Compared with glibc only where glibc is within an ulp itself: its
    // sinh, cosh, tanh and log10 can be 2 ulps off, and its cos and sin
    // several near the hardest multiples of pi/2.
    uint64_t distance = glibc_error < 1 ? double_distance(got, glibc) : 0;
    if (distance > tally->glibc_distance)
    {
        tally->glibc_distance = distance;
    }
}

static void report(const char* name, const tally_t* tally, double bound)
{
    printf("# %s: max error %.4f ulp at (%a, %a) over %d arguments (glibc's: %.4f); at most %llu ulp from glibc where it is within 1 ulp; "
           "hard cases %d of %d correctly rounded\n",
        name, tally->ours, tally->worst_x, tally->worst_y, tally->samples, tally->glibc,
        (unsigned long long)tally->glibc_distance, tally->hard_correctly_rounded, tally->hard_cases);
    CHECK(tally->ours <= bound, "%s: error %.4f ulp at (%a, %a), above the bound of %.2f", name, tally->ours,
        tally->worst_x, tally->worst_y, bound);
    CHECK(tally->glibc_distance <= 1, "%s: %llu ulps from glibc", name, (unsigned long long)tally->glibc_distance);
}

static void hard_case(tally_t* tally, const hard_case_t* c, double got, double glibc)
{
    long double want = (long double)c->hi + c->lo;
    record(tally, double_ulp_error(got, want), double_ulp_error(glibc, want), c->x, c->y, got, glibc);
    tally->hard_cases++;
    tally->hard_correctly_rounded += same_double(got, c->hi);
}

static void measure_unary(const unary_t* f)
{
    tally_t tally = {0};
    for (int r = 0; r < 6 && f->ranges[r].hi > f->ranges[r].lo; r++)
    {
        for (int i = 0; i < SAMPLES; i++)
        {
            double x = draw(f->ranges[r]);
            double got = f->ours(x), glibc = f->glibc(x);
            long double want = f->reference(x);
            record(&tally, double_ulp_error(got, want), double_ulp_error(glibc, want), x, 0, got, glibc);
        }
    }
    for (size_t i = 0; i < sizeof(hard_cases) / sizeof(hard_cases[0]); i++)
    {
        if (strcmp(hard_cases[i].function, f->name) == 0)
        {
            hard_case(&tally, &hard_cases[i], f->ours(hard_cases[i].x), f->glibc(hard_cases[i].x));
        }
    }
    report(f->name, &tally, f->bound);
}

// Ranges: the main range, the small arguments, and the regions where the
// method changes.
#define FULL(lo, hi) {lo, hi, false, false}
#define SIGNED(lo, hi) {lo, hi, true, true}
#define POSITIVE_LOG(lo, hi) {lo, hi, true, false}
static const unary_t unary_functions[] = {
    {"exp", pw_exp, exp, expl, BOUND,
        {FULL(-745.2, 709.8), FULL(-1, 1), SIGNED(-60, -1), FULL(-745.2, -708.3), FULL(700, 709.8)}},
    {"exp2", pw_exp2, exp2, exp2l, BOUND,
        {FULL(-1076, 1024), FULL(-1, 1), SIGNED(-60, -1), FULL(-1076, -1020)}},
    {"log", pw_log, log, logl, BOUND,
        {POSITIVE_LOG(-1074, 1024), FULL(0.5, 2), FULL(1 - 0x1p-5, 1 + 0x1p-5), FULL(0.99999, 1.00001)}},
    {"log2", pw_log2, log2, log2l, BOUND,
        {POSITIVE_LOG(-1074, 1024), FULL(0.5, 2), FULL(1 - 0x1p-5, 1 + 0x1p-5), FULL(0.99999, 1.00001)}},
    {"log10", pw_log10, log10, log10l, BOUND,
        {POSITIVE_LOG(-1074, 1024), FULL(0.5, 2), FULL(1 - 0x1p-5, 1 + 0x1p-5), FULL(0.99999, 1.00001)}},
    {"sin", pw_sin, sin, sinl, BOUND,
        {FULL(-0.8, 0.8), FULL(-100, 100), SIGNED(-26, 20), SIGNED(20, 50), SIGNED(50, 1024)}},
    {"cos", pw_cos, cos, cosl, BOUND,
        {FULL(-0.8, 0.8), FULL(-100, 100), SIGNED(-26, 20), SIGNED(20, 50), SIGNED(50, 1024)}},
    {"tan", pw_tan, tan, tanl, BOUND,
        {FULL(-0.8, 0.8), FULL(-100, 100), SIGNED(-26, 20), SIGNED(20, 50), SIGNED(50, 1024)}},
    {"asin", pw_asin, asin, asinl, BOUND, {FULL(-1, 1), SIGNED(-30, -1), FULL(0.99, 1), FULL(0.45, 0.55)}},
    {"acos", pw_acos, acos, acosl, BOUND, {FULL(-1, 1), SIGNED(-30, -1), FULL(0.99, 1), FULL(-1, -0.99)}},
    {"atan", pw_atan, atan, atanl, BOUND, {FULL(-20, 20), SIGNED(-30, 70), FULL(-1, 1), FULL(15, 17)}},
    {"sinh", pw_sinh, sinh, sinhl, BOUND, {FULL(-711, 711), FULL(-1.2, 1.2), FULL(-23, 23), SIGNED(-26, 0)}},
    {"cosh", pw_cosh, cosh, coshl, BOUND, {FULL(-711, 711), FULL(-1.2, 1.2), FULL(-23, 23), SIGNED(-26, 0)}},
    {"tanh", pw_tanh, tanh, tanhl, BOUND, {FULL(-1.2, 1.2), FULL(-23, 23), SIGNED(-26, 0)}},
};

static const unary_t* current_unary;

static void test_unary(void)
{
    measure_unary(current_unary);
}

// Binary functions: each has its own ways to draw arguments.
typedef void (*draw2_t)(double* x, double* y);

typedef struct
{
    const char* name;
    double (*ours)(double, double);
    double (*glibc)(double, double);
    long double (*reference)(long double, long double);
    double bound;
    draw2_t draws[5];
} binary_t;

static void pow_moderate(double* x, double* y)
{
    *x = log_uniform(-10, 10);
    *y = uniform(-50, 50);
}

// Results over the whole range, subnormals included: y chosen so that
// y log(x) falls anywhere in [-745, 709.7].
static void pow_full_range(double* x, double* y)
{
    *x = log_uniform(-1074, 1024);
    *y = uniform(-745, 709.7) / log(*x);
}

// x near 1 and y large, where log(x) must be very accurate.
static void pow_near_one(double* x, double* y)
{
    *x = 1 + random_sign(log_uniform(-52, -5));
    *y = random_sign(uniform(0, 700) / fabs(log(*x)));
}

static void pow_negative(double* x, double* y)
{
    *x = -log_uniform(-5, 5);
    *y = (double)((int)(next_random() % 121) - 60);
}

static void atan2_any(double* y, double* x)
{
    *y = random_sign(log_uniform(-30, 30));
    *x = random_sign(log_uniform(-30, 30));
}

static void atan2_extreme(double* y, double* x)
{
    *y = random_sign(log_uniform(-1074, 1024));
    *x = random_sign(log_uniform(-1074, 1024));
}

static void atan2_close(double* y, double* x)
{
    *x = random_sign(uniform(0.1, 10));
    *y = *x * uniform(-2, 2);
}

static void hypot_any(double* x, double* y)
{
    *x = random_sign(log_uniform(-30, 30));
    *y = random_sign(log_uniform(-30, 30));
}

static void hypot_extreme(double* x, double* y)
{
    *x = random_sign(log_uniform(-1074, 1024));
    *y = random_sign(*x * log_uniform(-62, 0));
}

static void hypot_similar(double* x, double* y)
{
    *x = uniform(0, 10);
    *y = uniform(0, 10);
}

static const binary_t binary_functions[] = {
    {"pow", pw_pow, pow, powl, BOUND, {pow_moderate, pow_full_range, pow_near_one, pow_negative}},
    {"atan2", pw_atan2, atan2, atan2l, BOUND, {atan2_any, atan2_extreme, atan2_close}},
    {"hypot", pw_hypot, hypot, hypotl, BOUND, {hypot_any, hypot_extreme, hypot_similar}},
};

static const binary_t* current_binary;

static void test_binary(void)
{
    const binary_t* f = current_binary;
    tally_t tally = {0};
    for (int d = 0; d < 5 && f->draws[d] != NULL; d++)
    {
        for (int i = 0; i < SAMPLES; i++)
        {
            double x, y;
            f->draws[d](&x, &y);
            double got = f->ours(x, y), glibc = f->glibc(x, y);
            long double want = f->reference(x, y);
            record(&tally, double_ulp_error(got, want), double_ulp_error(glibc, want), x, y, got, glibc);
        }
    }
    for (size_t i = 0; i < sizeof(hard_cases) / sizeof(hard_cases[0]); i++)
    {
        const hard_case_t* c = &hard_cases[i];
        if (strcmp(c->function, f->name) == 0)
        {
            hard_case(&tally, c, f->ours(c->x, c->y), f->glibc(c->x, c->y));
        }
    }
    report(f->name, &tally, f->bound);
}

void run_math_accuracy_tests(void)
{
    char name[64];
    for (size_t i = 0; i < sizeof(unary_functions) / sizeof(unary_functions[0]); i++)
    {
        current_unary = &unary_functions[i];
        snprintf(name, sizeof(name), "math-accuracy-%s", current_unary->name);
        run(name, test_unary);
    }
    for (size_t i = 0; i < sizeof(binary_functions) / sizeof(binary_functions[0]); i++)
    {
        current_binary = &binary_functions[i];
        snprintf(name, sizeof(name), "math-accuracy-%s", current_binary->name);
        run(name, test_binary);
    }
}
