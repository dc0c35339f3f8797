/**
 * @file erf_core.h
 * @brief What erf and erfc share (erf_core.c): both as double-doubles,
 * one by its Taylor series below 2, the other by its continued fraction
 * from 2 up, so each is accurate where it is small.
 */
#ifndef _LIBSTD_MATH_ERF_CORE_H
#define _LIBSTD_MATH_ERF_CORE_H 1

#include "double_double.h"

/** Where the series stops and the continued fraction starts. */
#define ERF_SPLIT 2.0

/** erf(x) for |x| < ERF_SPLIT. */
dd_t _erf_series(double x);

/** erfc(x) for ERF_SPLIT <= x <= 27.3, as 2^(*exponent) (hi + lo) with hi + lo in [0.5, 2). */
dd_t _erfc_fraction(double x, int* exponent);

#endif
