/**
 * @file complex_ops.h
 * @brief Complex products written out, for the complex functions: GCC
 * turns a * b into a call to libgcc's __muldc3, which libstd's own code
 * must not depend on (it stays freestanding: tests/libstd checks).
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

#endif
