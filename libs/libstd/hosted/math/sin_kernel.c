// sin(r) for |r| <= pi/4: r - r^3/6 + r^5 Q(r^2), with r - r^3/6 summed
// in double-double: the rounding errors of that term would otherwise add
// up to a quarter of an ulp.
#include "kernels.h"

// 1/6 as hi + lo (tools/math/tables.py).
static const dd_t SIXTH = {0x1.5555555555555p-3, 0x1.5555555555555p-57};

// (sin(r) - r + r^3/6) / r^5 as a polynomial in z = r^2 on [0, (pi/4)^2]:
// minimax, degree 5, error 2^-62.9 (tools/math/polynomials.py sin).
static const double Q0 = 0x1.1111111111111p-7;
static const double Q1 = -0x1.a01a01a019ed6p-13;
static const double Q2 = 0x1.71de3a550cc09p-19;
static const double Q3 = -0x1.ae6455343a44ep-26;
static const double Q4 = 0x1.61225b4ff1855p-33;
static const double Q5 = -0x1.ab9408ea35806p-41;

dd_t _sin_kernel(dd_t r)
{
    dd_t square = _dd_product(r.hi, r.hi);
    double z = square.hi;
    dd_t cube = _dd_mul_d(square, r.hi);
    dd_t third = _dd_mul(cube, SIXTH); // r^3/6
    double rest = cube.hi * z * (Q0 + z * (Q1 + z * (Q2 + z * (Q3 + z * (Q4 + z * Q5)))));
    dd_t sum = _dd_fast_sum(r.hi, -third.hi);
    // sin(r.hi + r.lo) = sin(r.hi) + r.lo cos(r.hi) + ..., cos(r.hi) ~ 1 - z/2.
    double lo = sum.lo - third.lo + rest + r.lo * (1.0 - 0.5 * z);
    return _dd_fast_sum(sum.hi, lo);
}
