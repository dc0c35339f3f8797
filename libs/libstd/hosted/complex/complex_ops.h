/**
 * @file complex_ops.h
 * @brief Complex products and quotients written out, for the complex
 * functions: GCC turns a * b and a / b into calls to libgcc's __muldc3 and
 * __divdc3, which libstd's own code must not depend on (it stays
 * freestanding: tests/libstd checks).
 */
#ifndef _LIBSTD_COMPLEX_OPS_H
#define _LIBSTD_COMPLEX_OPS_H 1

#include <complex.h>

/** a b, by the schoolbook formula (no recovery of infinities from NaNs). */
static inline double _Complex _complex_mul(double _Complex a, double _Complex b)
{
    double ar = __real__ a, ai = __imag__ a, br = __real__ b, bi = __imag__ b;
    return CMPLX(ar * br - ai * bi, ar * bi + ai * br);
}

/**
 * a / b by Smith's method (the larger part of b divides first, so |b|^2
 * is never formed and cannot overflow); no recovery of infinities.
 */
static inline double _Complex _complex_div(double _Complex a, double _Complex b)
{
    double ar = __real__ a, ai = __imag__ a, br = __real__ b, bi = __imag__ b;
    if (__builtin_fabs(br) >= __builtin_fabs(bi))
    {
        double ratio = bi / br, denominator = br + bi * ratio;
        return CMPLX((ar + ai * ratio) / denominator, (ai - ar * ratio) / denominator);
    }
    double ratio = br / bi, denominator = bi + br * ratio;
    return CMPLX((ar * ratio + ai) / denominator, (ai * ratio - ar) / denominator);
}

#endif
