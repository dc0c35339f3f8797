// cos(r) for |r| <= pi/4: 1 - r^2/2 + r^4/24 + r^6 Q(r^2), with the first
// three terms summed in double-double: their rounding errors would
// otherwise add up to a sizeable part of an ulp.
#include "kernels.h"

// 1/24 as hi + lo (tools/math/tables.py).
static const dd_t TWENTY_FOURTH = {0x1.5555555555555p-5, 0x1.5555555555555p-59};

// (cos(r) - 1 + r^2/2 - r^4/24) / r^6 as a polynomial in z = r^2 on
// [0, (pi/4)^2]: minimax, degree 4, error 2^-56.7 (tools/math/polynomials.py cos).
static const double Q0 = -0x1.6c16c16c16bf1p-10;
static const double Q1 = 0x1.a01a019fe995fp-16;
static const double Q2 = -0x1.27e4fada798efp-22;
static const double Q3 = 0x1.1eec2a4c57ab0p-29;
static const double Q4 = -0x1.9101a582399a2p-37;

dd_t _cos_kernel(dd_t r)
{
    dd_t square = _dd_product(r.hi, r.hi);
    double z = square.hi;
    dd_t fourth = _dd_mul(_dd_mul(square, square), TWENTY_FOURTH); // r^4/24
    double rest = z * z * z * (Q0 + z * (Q1 + z * (Q2 + z * (Q3 + z * Q4))));
    dd_t sum = _dd_fast_sum(1.0, -0.5 * z);
    sum = _dd_fast_sum(sum.hi, sum.lo - 0.5 * square.lo + fourth.hi);
    // cos(r.hi + r.lo) = cos(r.hi) - r.lo sin(r.hi) + ..., sin(r.hi) ~ r.hi.
    double lo = sum.lo + fourth.lo + rest - r.hi * r.lo;
    return _dd_fast_sum(sum.hi, lo);
}
