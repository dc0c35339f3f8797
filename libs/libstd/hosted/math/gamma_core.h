/**
 * @file gamma_core.h
 * @brief log|Gamma(x)| as a double-double, for lgamma and tgamma (which
 * takes its exponential: an absolute error in the logarithm is a relative
 * one in Gamma).
 */
#ifndef _LIBSTD_MATH_GAMMA_CORE_H
#define _LIBSTD_MATH_GAMMA_CORE_H 1

#include "double_double.h"

/** lgamma(2 + t) for |t| <= 1/2. (lgamma_series.c) */
dd_t _lgamma_two_plus(double t);

/**
 * log|Gamma(x)| for a finite x that is not an integer <= 0, and the sign
 * of Gamma(x) in *@p sign. (gamma_core.c)
 */
dd_t _lgamma_dd(double x, int* sign);

#endif
