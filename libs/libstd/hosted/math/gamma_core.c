// log|Gamma(x)|, to about 2^-90 absolute (and so relative wherever the
// result is not near one of its zeros at negative arguments):
// - near 1 and 2 and below 1/2, lgamma_series.c's series around 2;
// - from 16 up, Stirling's series with 8 terms (the next is below 2^-70
//   absolute), its first term in double-double;
// - in between, Stirling's at x + n >= 16, less log(x (x+1) ... (x+n-1));
// - below -1/2, the reflection Gamma(x) Gamma(1 - x) = pi / sin(pi x).
#include "bits.h"
#include "gamma_core.h"
#include "kernels.h"
#include "log1p_core.h"

#include <math.h>
#include <stdbool.h>

static const dd_t HALF_LOG_TWO_PI = {0x1.d67f1c864beb5p-1, -0x1.65b5a1b7ff5dfp-55};
static const dd_t LOG_PI = {0x1.250d048e7a1bdp+0, 0x1.7abf2ad8d5088p-57};
static const dd_t PI = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};

// B_2k / (2k (2k - 1)) for k = 1 to 8 (mpmath).
static const double STIRLING[] = {
    0x1.5555555555555p-4, -0x1.6c16c16c16c17p-9, 0x1.a01a01a01a01ap-11, -0x1.3813813813814p-11,
    0x1.b951e2b18ff23p-11, -0x1.f6ab0d9993c7dp-10, 0x1.a41a41a41a41ap-8, -0x1.e4286cb0f5398p-6,
};

#define STIRLING_FROM 16

// lgamma(a) for a double-double a >= 16: (a - 1/2) log(a) - a + log(2 pi)/2
// + 1/(12 a) + sum STIRLING[k] / a^(2k+1).
static dd_t stirling(dd_t a)
{
    double inverse = 1.0 / a.hi;
    double inverse_square = inverse * inverse;
    double series = 0;
    for (int k = 7; k >= 1; k--)
    {
        series = STIRLING[k] + inverse_square * series;
    }
    series *= inverse_square;
    dd_t log_a = _log_dd(a);
    dd_t result = _dd_mul(_dd_add(a, (dd_t){-0.5, 0.0}), log_a);
    result = _dd_add(result, (dd_t){-a.hi, -a.lo});
    result = _dd_add(result, HALF_LOG_TWO_PI);
    result = _dd_add(result, _dd_div((dd_t){1.0, 0.0}, _dd_mul_d(a, 12.0)));
    return _dd_add(result, (dd_t){series * inverse, 0.0});
}

// log Gamma(x) for x > 0.
static dd_t lgamma_positive(double x)
{
    if (x > 1.5 && x < 2.5)
    {
        return _lgamma_two_plus(x - 2); // exact
    }
    if (x > 0.5 && x <= 1.5)
    {
        // lgamma(1 + t) = lgamma(2 + t) - log1p(t), t = x - 1 exact.
        double t = x - 1;
        dd_t l = _log1p_dd((dd_t){t, 0.0});
        return _dd_add(_lgamma_two_plus(t), (dd_t){-l.hi, -l.lo});
    }
    if (x <= 0.5)
    {
        // lgamma(x) = lgamma(1 + x) - log(x) = lgamma(2 + x) - log1p(x) - log(x).
        dd_t l = _log1p_dd((dd_t){x, 0.0});
        dd_t lx = _log_core(x);
        dd_t sum = _dd_add(_lgamma_two_plus(x), (dd_t){-l.hi, -l.lo});
        return _dd_add(sum, (dd_t){-lx.hi, -lx.lo});
    }
    if (x >= STIRLING_FROM)
    {
        return stirling((dd_t){x, 0.0});
    }
    // Gamma(x) = Gamma(x + n) / (x (x + 1) ... (x + n - 1)), each x + k
    // exact as a double-double.
    dd_t product = {x, 0.0};
    dd_t a = {x, 0.0};
    for (;;)
    {
        a = _dd_add(a, (dd_t){1.0, 0.0});
        if (a.hi >= STIRLING_FROM)
        {
            break;
        }
        product = _dd_mul(product, a);
    }
    dd_t log_product = _log_dd(product);
    return _dd_add(stirling(a), (dd_t){-log_product.hi, -log_product.lo});
}

// sin(pi x) for a non-integer x with |x| < 2^52, as a double-double.
static dd_t sin_pi(double x)
{
    double n = round(x);
    double f = x - n; // exact, in [-1/2, 1/2]
    bool odd = fmod(n, 2) != 0;
    double a = _abs(f);
    dd_t s;
    if (a <= 0.25)
    {
        s = _sin_kernel(_dd_mul_d(PI, a));
    }
    else
    {
        s = _cos_kernel(_dd_mul_d(PI, 0.5 - a)); // 0.5 - a exact
    }
    bool negative = (f < 0) != odd;
    return negative ? (dd_t){-s.hi, -s.lo} : s;
}

dd_t _lgamma_dd(double x, int* sign)
{
    *sign = 1;
    if (x > 0)
    {
        return lgamma_positive(x);
    }
    if (x > -0.5)
    {
        // lgamma(x) = lgamma(2 + x) - log1p(x) - log|x|; Gamma(x) < 0 here.
        *sign = -1;
        dd_t l = _log1p_dd((dd_t){x, 0.0});
        dd_t lx = _log_core(-x);
        dd_t sum = _dd_add(_lgamma_two_plus(x), (dd_t){-l.hi, -l.lo});
        return _dd_add(sum, (dd_t){-lx.hi, -lx.lo});
    }
    // log|Gamma(x)| = log(pi) - log|sin(pi x)| - lgamma(1 - x), with
    // 1 - x = h + l as a double-double: lgamma(h + l) is lgamma(h) plus
    // l times the digamma function at h, log(h) - 1/(2h) - 1/(12h^2)
    // closely enough for a term below an ulp of h.
    dd_t s = sin_pi(x);
    *sign = s.hi < 0 ? -1 : 1;
    dd_t one_minus = _dd_sum(1.0, -x);
    double h = one_minus.hi;
    double digamma = log(h) - 0.5 / h - 1.0 / (12 * h * h);
    dd_t reflected = _dd_add(lgamma_positive(h), (dd_t){one_minus.lo * digamma, 0.0});
    dd_t log_sin = _log_dd(s.hi < 0 ? (dd_t){-s.hi, -s.lo} : s);
    dd_t result = _dd_add(LOG_PI, (dd_t){-log_sin.hi, -log_sin.lo});
    return _dd_add(result, (dd_t){-reflected.hi, -reflected.lo});
}
