// complex.h (libs/libstd/hosted/complex): every double function against
// glibc's long double one on random arguments, the error measured on the
// whole number (|ours - glibc| / |glibc|, in units of 2^-52) so a part that
// cancels to nearly zero does not count against a result that is right;
// the float and long double versions against the double ones; and the
// special values of C17 Annex G that complex.h promises for cexp, clog,
// csqrt and cproj, plus the branch cuts' signed zeros, checked bit for bit.
#include "math_test.h"

#include <complex.h>
#include <stdio.h>

#define SAMPLES 20000
// "A few ulps where no part cancels": the norm-wise error stays well
// inside this many units of 2^-52.
#define NORM_BOUND 4.0

typedef double _Complex (*complex_fn)(double _Complex);
typedef long double _Complex (*complex_ref)(long double _Complex);

double _Complex pw_cacos(double _Complex z);
double _Complex pw_casin(double _Complex z);
double _Complex pw_catan(double _Complex z);
double _Complex pw_ccos(double _Complex z);
double _Complex pw_csin(double _Complex z);
double _Complex pw_ctan(double _Complex z);
double _Complex pw_cacosh(double _Complex z);
double _Complex pw_casinh(double _Complex z);
double _Complex pw_catanh(double _Complex z);
double _Complex pw_ccosh(double _Complex z);
double _Complex pw_csinh(double _Complex z);
double _Complex pw_ctanh(double _Complex z);
double _Complex pw_cexp(double _Complex z);
double _Complex pw_clog(double _Complex z);
double _Complex pw_csqrt(double _Complex z);
double _Complex pw_conj(double _Complex z);
double _Complex pw_cproj(double _Complex z);
double _Complex pw_cpow(double _Complex z, double _Complex w);
double pw_cabs(double _Complex z);
double pw_carg(double _Complex z);
double pw_creal(double _Complex z);
double pw_cimag(double _Complex z);
float _Complex pw_cexpf(float _Complex z);
float _Complex pw_csqrtf(float _Complex z);
long double _Complex pw_clogl(long double _Complex z);
long double _Complex pw_csinl(long double _Complex z);
float pw_cabsf(float _Complex z);

typedef struct
{
    const char* name;
    complex_fn ours;
    complex_ref reference;
    double range; // both parts uniform in [-range, range]
} complex_case_t;

static const complex_case_t cases[] = {
    {"cacos", pw_cacos, cacosl, 4},
    {"casin", pw_casin, casinl, 4},
    {"catan", pw_catan, catanl, 4},
    {"ccos", pw_ccos, ccosl, 10},
    {"csin", pw_csin, csinl, 10},
    {"ctan", pw_ctan, ctanl, 3},
    {"cacosh", pw_cacosh, cacoshl, 4},
    {"casinh", pw_casinh, casinhl, 4},
    {"catanh", pw_catanh, catanhl, 4},
    {"ccosh", pw_ccosh, ccoshl, 10},
    {"csinh", pw_csinh, csinhl, 10},
    {"ctanh", pw_ctanh, ctanhl, 3},
    {"cexp", pw_cexp, cexpl, 50},
    {"clog", pw_clog, clogl, 1e6},
    {"csqrt", pw_csqrt, csqrtl, 1e6},
};

// |got - want| / |want| in units of 2^-52 (double's epsilon).
static double norm_error(double _Complex got, long double _Complex want)
{
    long double dr = (long double)creal(got) - creall(want);
    long double di = (long double)cimag(got) - cimagl(want);
    long double size = cabsl(want);
    if (size == 0)
    {
        return (dr == 0 && di == 0) ? 0 : INFINITY;
    }
    return (double)(sqrtl(dr * dr + di * di) / size / 0x1p-52L);
}

static void test_against_glibc(void)
{
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        const complex_case_t* c = &cases[i];
        double worst = 0;
        double _Complex worst_at = 0;
        for (int n = 0; n < SAMPLES; n++)
        {
            double _Complex z = CMPLX(uniform(-c->range, c->range), uniform(-c->range, c->range));
            double error = norm_error(c->ours(z), c->reference(z));
            if (!(error <= worst))
            {
                worst = error;
                worst_at = z;
            }
        }
        printf("# %s: largest error %.2f units of 2^-52, at %a%+ai\n", c->name, worst, creal(worst_at),
            cimag(worst_at));
        CHECK(worst <= NORM_BOUND, "%s(%a%+ai): error %.2f units of 2^-52", c->name, creal(worst_at),
            cimag(worst_at), worst);
    }
}

static void test_pow_abs_arg(void)
{
    for (int n = 0; n < SAMPLES; n++)
    {
        double _Complex z = CMPLX(uniform(-10, 10), uniform(-10, 10));
        double _Complex w = CMPLX(uniform(-3, 3), uniform(-3, 3));
        double error = norm_error(pw_cpow(z, w), cpowl(z, w));
        // cpow goes through clog and cexp: their errors grow with |w log z|.
        CHECK(error <= 64, "cpow(%a%+ai, %a%+ai): error %.2f", creal(z), cimag(z), creal(w), cimag(w), error);
        CHECK(double_ulp_error(pw_cabs(z), cabsl(z)) <= 1, "cabs(%a%+ai)", creal(z), cimag(z));
        CHECK(double_ulp_error(pw_carg(z), cargl(z)) <= 1, "carg(%a%+ai)", creal(z), cimag(z));
        CHECK(same_double(pw_creal(z), creal(z)) && same_double(pw_cimag(z), cimag(z)), "creal/cimag");
        CHECK(same_double(cimag(pw_conj(z)), -cimag(z)), "conj");
    }
    CHECK(pw_cabs(CMPLX(0x1p1000, 0x1p1000)) == 0x1p1000 * sqrt(2.0), "cabs overflowed on the way");
    CHECK(pw_cpow(CMPLX(0, 0), CMPLX(2, 1)) == 0, "cpow(0, w) with Re(w) > 0 is not 0");
}

// Other widths follow the double functions (float and long double compute
// in double): the same results, rounded.
static void test_other_widths(void)
{
    for (int n = 0; n < 2000; n++)
    {
        float _Complex z = CMPLXF((float)uniform(-20, 20), (float)uniform(-20, 20));
        float _Complex e = pw_cexpf(z);
        double _Complex d = pw_cexp(z);
        CHECK(same_float(crealf(e), (float)creal(d)) && same_float(cimagf(e), (float)cimag(d)), "cexpf(%a%+ai)",
            (double)crealf(z), (double)cimagf(z));
        float _Complex s = pw_csqrtf(z);
        double _Complex ds = pw_csqrt(z);
        CHECK(same_float(crealf(s), (float)creal(ds)) && same_float(cimagf(s), (float)cimag(ds)), "csqrtf");
        CHECK(same_float(pw_cabsf(z), (float)pw_cabs(z)), "cabsf");
        long double _Complex lz = CMPLXL(crealf(z), cimagf(z));
        CHECK(norm_error(pw_clogl(lz), clogl(lz)) <= NORM_BOUND, "clogl");
        CHECK(norm_error(pw_csinl(lz), csinl(lz)) <= NORM_BOUND, "csinl");
    }
}

static void expect(const char* name, complex_fn f, double x, double y, double want_x, double want_y)
{
    double _Complex got = f(CMPLX(x, y));
    CHECK(same_double(creal(got), want_x) && same_double(cimag(got), want_y), "%s(%a%+ai) = %a%+ai; want %a%+ai",
        name, x, y, creal(got), cimag(got), want_x, want_y);
}

#define EXPECT(f, x, y, wx, wy) expect(#f, pw_##f, x, y, wx, wy)

static void test_annex_g(void)
{
    const double inf = INFINITY;
    const double pi = 0x1.921fb54442d18p+1;
    // cexp (G.6.3.1)
    EXPECT(cexp, 0.0, 0.0, 1.0, 0.0);
    EXPECT(cexp, -0.0, -0.0, 1.0, -0.0);
    EXPECT(cexp, inf, 0.0, inf, 0.0);
    EXPECT(cexp, -inf, 1.0, 0.0, 0.0);
    EXPECT(cexp, -inf, -1.0, 0.0, -0.0);
    EXPECT(cexp, NAN, 0.0, NAN, 0.0);
    // clog (G.6.3.2)
    EXPECT(clog, -0.0, 0.0, -inf, pi);
    EXPECT(clog, 0.0, 0.0, -inf, 0.0);
    EXPECT(clog, -inf, 1.0, inf, pi);
    EXPECT(clog, inf, 1.0, inf, 0.0);
    EXPECT(clog, -1.0, 0.0, 0.0, pi);
    EXPECT(clog, -1.0, -0.0, 0.0, -pi);
    EXPECT(clog, NAN, inf, inf, NAN);
    // csqrt (G.6.4.2): the sign of a zero imaginary part picks the side
    // of the branch cut.
    EXPECT(csqrt, -4.0, 0.0, 0.0, 2.0);
    EXPECT(csqrt, -4.0, -0.0, 0.0, -2.0);
    EXPECT(csqrt, 0.0, 0.0, 0.0, 0.0);
    EXPECT(csqrt, -0.0, -0.0, 0.0, -0.0);
    EXPECT(csqrt, 4.0, 0.0, 2.0, 0.0);
    EXPECT(csqrt, 1.0, inf, inf, inf);
    EXPECT(csqrt, NAN, inf, inf, inf);
    EXPECT(csqrt, -inf, 1.0, 0.0, inf);
    EXPECT(csqrt, inf, -1.0, inf, -0.0);
    // cproj (7.3.9.5): every infinity goes to the one at (inf, +-0).
    EXPECT(cproj, inf, NAN, inf, 0.0);
    EXPECT(cproj, NAN, -inf, inf, -0.0);
    EXPECT(cproj, -inf, -2.0, inf, -0.0);
    EXPECT(cproj, 3.0, -4.0, 3.0, -4.0);
    // A branch cut's signed zero: casin and catan keep the zero's sign.
    EXPECT(casin, 0.0, -0.0, 0.0, -0.0);
    EXPECT(catan, -0.0, 0.0, -0.0, 0.0);
    EXPECT(csinh, -0.0, 0.0, -0.0, 0.0);
    EXPECT(ctanh, 0.0, -0.0, 0.0, -0.0);
    // cacos on the real axis beyond 1: the zero's sign picks the side.
    double _Complex above = pw_cacos(CMPLX(2.0, 0.0)), below = pw_cacos(CMPLX(2.0, -0.0));
    CHECK(creal(above) == 0 && cimag(above) < 0 && creal(below) == 0 && cimag(below) > 0,
        "cacos(2+-0i) = %a%+ai, %a%+ai", creal(above), cimag(above), creal(below), cimag(below));
    CHECK(same_double(creal(pw_cacos(CMPLX(1.0, 0.0))), 0.0), "cacos(1) is not +0");
}

void run_complex_tests(void)
{
    run("complex-against-glibc", test_against_glibc);
    run("complex-pow-abs-arg", test_pow_abs_arg);
    run("complex-other-widths", test_other_widths);
    run("complex-annex-g-special-values", test_annex_g);
}
