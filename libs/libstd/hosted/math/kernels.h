/**
 * @file kernels.h
 * @brief The cores the math functions share: each evaluates its function
 * on a reduced range to about 2^-65 relative, as a double-double, and
 * leaves the special cases and the final rounding to its callers.
 */
#ifndef _LIBSTD_MATH_KERNELS_H
#define _LIBSTD_MATH_KERNELS_H 1

#include "double_double.h"

/**
 * e^x for |x.hi| < 1000, as 2^(*exponent) * (hi + lo) with hi + lo within
 * [2^(-1/256), 2^(255/256)]. (exp_core.c)
 */
dd_t _exp_core(dd_t x, int* exponent);

/**
 * (y.hi + y.lo) * 2^n rounded once to a double, for 0.5 <= y.hi + y.lo < 2
 * and any n: an overflow gives +inf and an underflow a correctly rounded
 * subnormal or zero. (scale.c)
 */
double _scale(dd_t y, int n);

/** log(x) for a positive finite x (normal or subnormal). (log_core.c) */
dd_t _log_core(double x);

/**
 * x - n pi/2 for the integer n nearest to x * 2/pi, as a double-double r
 * with |r| <= pi/4 (plus a rounding error), for any finite x; returns n
 * modulo 4. (trig_reduce.c)
 */
int _trig_reduce(double x, dd_t* r);

/** sin(r) for |r| <= pi/4 + a little. (sin_kernel.c) */
dd_t _sin_kernel(dd_t r);

/** cos(r) for |r| <= pi/4 + a little. (cos_kernel.c) */
dd_t _cos_kernel(dd_t r);

/** atan(t) for t >= 0, +inf included. (atan_core.c) */
dd_t _atan_core(dd_t t);

/** sqrt(1 - x^2) for |x| < 1. (sqrt_one_minus_square.c) */
dd_t _sqrt_one_minus_square(double x);

#endif
