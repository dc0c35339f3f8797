/**
 * @file log1p_core.h
 * @brief Logarithms of double-double arguments (log1p_core.c), to about
 * 2^-65 relative like the rest of the kernels.
 */
#ifndef _LIBSTD_MATH_LOG1P_CORE_H
#define _LIBSTD_MATH_LOG1P_CORE_H 1

#include "double_double.h"

/** log(a.hi + a.lo) for a positive, finite a. */
dd_t _log_dd(dd_t a);

/** log(1 + a) for a > -1. */
dd_t _log1p_dd(dd_t a);

/** log(2) as hi + lo (tools/math: mpmath at 50 digits). */
#define LN2_DD ((dd_t){0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56})

#endif
