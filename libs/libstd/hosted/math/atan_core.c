// atan(t) for t >= 0, as a double-double. With c = j/8 the table point
// nearest to t, atan(t) = atan(c) + atan(u) with u = (t - c) / (1 + t c)
// and |u| <= 1/16; beyond the table (t > 16), atan(t) = pi/2 + atan(u)
// with u = -1/t. atan(u) is then a short odd polynomial.
#include "bits.h"
#include "kernels.h"
#include "tables.h"

static const dd_t PI_2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
static const double TABLE_END = 16.0 + 0.5 / _ATAN_TABLE_STEPS;

// (atan(u) - u) / u^3 as a polynomial in z = u^2 on [0, 1/256]: minimax,
// degree 5, error 2^-55.6 (tools/math/polynomials.py atan).
static const double A0 = -0x1.5555555555555p-2;
static const double A1 = 0x1.999999999994ep-3;
static const double A2 = -0x1.249249245ae3dp-3;
static const double A3 = 0x1.c71c6fee066eap-4;
static const double A4 = -0x1.745985cc81698p-4;
static const double A5 = 0x1.37e5dfe698c08p-4;

dd_t _atan_core(dd_t t)
{
    dd_t base;
    dd_t u;
    if (t.hi > 0x1p60)
    {
        // atan(t) = pi/2 - 1/t to far beyond double precision.
        return _dd_fast_sum(PI_2.hi, PI_2.lo - 1.0 / t.hi);
    }
    if (t.hi > TABLE_END)
    {
        base = PI_2;
        u = _dd_div((dd_t){-1.0, 0.0}, t);
    }
    else
    {
        double c = _round_to_integer(t.hi * _ATAN_TABLE_STEPS) / _ATAN_TABLE_STEPS;
        const double* entry = _atan_table[(int)(c * _ATAN_TABLE_STEPS)];
        base = (dd_t){entry[0], entry[1]};
        // t.hi - c is exact: c is a multiple of 1/8 within 1/16 of t.hi,
        // and t.hi's ulp is far below 1/8. It is also zero or at least an
        // ulp of t.hi, so Fast2Sum applies.
        dd_t numerator = _dd_fast_sum(t.hi - c, t.lo);
        dd_t denominator = _dd_add((dd_t){1.0, 0.0}, _dd_mul_d(t, c));
        u = _dd_div(numerator, denominator);
    }
    double z = u.hi * u.hi;
    // atan(u.hi + u.lo) = atan(u.hi) + u.lo / (1 + z) + ...
    double tail = u.hi * z * (A0 + z * (A1 + z * (A2 + z * (A3 + z * (A4 + z * A5))))) + u.lo * (1.0 - z);
    dd_t sum = _dd_sum(base.hi, u.hi);
    return _dd_fast_sum(sum.hi, sum.lo + base.lo + tail);
}
