/**
 * @file hyperbolic.h
 * @brief What sinh, cosh and tanh share (sinh_polynomial.c, exp_pair.c).
 */
#ifndef _LIBSTD_MATH_HYPERBOLIC_H
#define _LIBSTD_MATH_HYPERBOLIC_H 1

#include "double_double.h"

/** sinh(x) for |x| <= 1. */
dd_t _sinh_small(double x);

/** cosh(x) for |x| <= 1. */
dd_t _cosh_small(double x);

/** e^x and e^-x for 0 <= x <= 22, as double-doubles. */
void _exp_pair(double x, dd_t* positive, dd_t* negative);

#endif
