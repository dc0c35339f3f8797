/**
 * @file errors.h
 * @brief How the math functions report errors (see math.h): through errno
 * only.
 */
#ifndef _LIBSTD_MATH_ERRORS_H
#define _LIBSTD_MATH_ERRORS_H 1

#include <errno.h>
#include <math.h>

/** A domain error: NaN, and errno = EDOM. */
static inline double _domain_error(void)
{
    errno = EDOM;
    return __builtin_nan("");
}

/** An overflow, underflow or pole error: @p result, and errno = ERANGE. */
static inline double _range_error(double result)
{
    errno = ERANGE;
    return result;
}

/** @p result of a function whose exact result is finite and not zero:
 * ERANGE when it overflowed to an infinity or underflowed to zero. */
static inline double _check_range(double result)
{
    if (result == 0 || __builtin_isinf(result))
    {
        errno = ERANGE;
    }
    return result;
}

/** A double result rounded to float, for the float versions: ERANGE when
 * a finite result overflows float or a non-zero one becomes zero. */
static inline float _narrow(double result)
{
    float narrowed = (float)result;
    if ((narrowed == 0 && result != 0) || (__builtin_isinf(narrowed) && !__builtin_isinf(result)))
    {
        errno = ERANGE;
    }
    return narrowed;
}

#endif
