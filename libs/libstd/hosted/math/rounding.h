/**
 * @file rounding.h
 * @brief What rint, nearbyint and the lrint family share: rounding to an
 * integer in the current rounding direction (fenv.h), and the check that
 * a rounded value fits an integer type.
 */
#ifndef _LIBSTD_MATH_ROUNDING_H
#define _LIBSTD_MATH_ROUNDING_H 1

#include "bits.h"

#include <errno.h>

/** @p x rounded to an integer in the current rounding direction, sign
 * kept (rint). Adding 2^52 with x's sign leaves no fraction bits, so the
 * hardware rounds the addition as the direction says. */
static inline double _round_current(double x)
{
    if (_biased_exponent(x) - _EXPONENT_BIAS >= _FRACTION_BITS)
    {
        return x + 0.0; // an integer already, an infinity or a NaN (made quiet)
    }
    volatile double shifter = _with_sign(0x1p52, x); // volatile: no folding across the rounding
    double rounded = (x + shifter) - shifter;
    return _with_sign(rounded, x); // a zero keeps x's sign
}

/** Whether the integral @p value (or NaN) fits a long: otherwise the
 * lrint family reports a domain error. */
static inline int _fits_long(double value)
{
    return value >= -0x1p63 && value < 0x1p63;
}

/** The lrint family's result for a value that does not fit: EDOM, and
 * LONG_MIN, as the hardware's conversion gives. */
static inline long _long_domain_error(void)
{
    errno = EDOM;
    return (long)(-0x7FFFFFFFFFFFFFFFL - 1);
}

#endif
