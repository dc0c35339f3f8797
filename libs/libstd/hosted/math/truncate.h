/**
 * @file truncate.h
 * @brief Rounding toward zero by clearing fraction bits, shared inline by
 * trunc, floor, ceil, round and modf (a call would cost more than the work).
 */
#ifndef _LIBSTD_MATH_TRUNCATE_H
#define _LIBSTD_MATH_TRUNCATE_H 1

#include "bits.h"

/** @p x rounded toward zero; NaNs made quiet. */
static inline double _truncate(double x)
{
    int exponent = _biased_exponent(x) - _EXPONENT_BIAS;
    if (exponent >= _FRACTION_BITS)
    {
        return x + 0.0; // an integer already, an infinity, or a NaN (made quiet)
    }
    if (exponent < 0)
    {
        return _with_sign(0.0, x);
    }
    return _from_bits(_bits(x) & ~(_FRACTION_MASK >> exponent));
}

#endif
