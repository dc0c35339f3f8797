// sinh(x) and cosh(x) for |x| <= 1 as double-doubles, where e^x - e^-x
// would cancel: x + x^3/6 + x^5 Q(x^2) and 1 + x^2/2 + x^4/24 + x^6 R(x^2),
// with the leading terms summed in double-double.
#include "hyperbolic.h"

// 1/6 and 1/24 as hi + lo (tools/math/tables.py).
static const dd_t SIXTH = {0x1.5555555555555p-3, 0x1.5555555555555p-57};
static const dd_t TWENTY_FOURTH = {0x1.5555555555555p-5, 0x1.5555555555555p-59};

// (sinh(x) - x - x^3/6) / x^5 as a polynomial in z = x^2 on [0, 1]:
// minimax, degree 5, error 2^-58.9 (tools/math/polynomials.py sinh).
static const double Q0 = 0x1.1111111111110p-7;
static const double Q1 = 0x1.a01a01a01ae7cp-13;
static const double Q2 = 0x1.71de3a52cd8e4p-19;
static const double Q3 = 0x1.ae645c159b9ddp-26;
static const double Q4 = 0x1.611eff6e80038p-33;
static const double Q5 = 0x1.b3459a446a8d1p-41;

// (cosh(x) - 1 - x^2/2 - x^4/24) / x^6 as a polynomial in z = x^2 on
// [0, 1]: minimax, degree 5, error 2^-62.4 (tools/math/polynomials.py cosh).
static const double R0 = 0x1.6c16c16c16c16p-10;
static const double R1 = 0x1.a01a01a01a67dp-16;
static const double R2 = 0x1.27e4fb76600f3p-22;
static const double R3 = 0x1.1eed917ab076ep-29;
static const double R4 = 0x1.939282c2aea23p-37;
static const double R5 = 0x1.b2bd2ce2d6068p-45;

dd_t _sinh_small(double x)
{
    dd_t square = _dd_product(x, x);
    double z = square.hi;
    dd_t cube = _dd_mul_d(square, x);
    dd_t third = _dd_mul(cube, SIXTH); // x^3/6
    double rest = cube.hi * z * (Q0 + z * (Q1 + z * (Q2 + z * (Q3 + z * (Q4 + z * Q5)))));
    dd_t sum = _dd_fast_sum(x, third.hi);
    return _dd_fast_sum(sum.hi, sum.lo + third.lo + rest);
}

dd_t _cosh_small(double x)
{
    dd_t square = _dd_product(x, x);
    double z = square.hi;
    dd_t fourth = _dd_mul(_dd_mul(square, square), TWENTY_FOURTH); // x^4/24
    double rest = z * z * z * (R0 + z * (R1 + z * (R2 + z * (R3 + z * (R4 + z * R5)))));
    dd_t sum = _dd_fast_sum(1.0, 0.5 * z);
    sum = _dd_fast_sum(sum.hi, sum.lo + 0.5 * square.lo + fourth.hi);
    return _dd_fast_sum(sum.hi, sum.lo + fourth.lo + rest);
}
