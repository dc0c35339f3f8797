/**
 * @file complex.h
 * @brief Complex arithmetic (C17 7.3), on GCC's _Complex types.
 *
 * The double functions compute with math.h's functions from the textbook
 * formulas (csqrt by Kahan's method, which keeps the accuracy of both
 * parts), with the special cases of infinities and NaNs that C17 Annex G
 * lists for cexp, clog, csqrt and cproj; the others follow from them.
 * Results are accurate to a few ulps where no part cancels; the float
 * versions compute in double, the long double ones too (so with double's
 * precision and range). __STDC_IEC_559_COMPLEX__ is not defined: Annex G
 * is not claimed in full. There are no imaginary types (_Imaginary_I).
 */
#ifndef _COMPLEX_H
#define _COMPLEX_H 1

#define complex _Complex
/** The imaginary unit, of type const float _Complex. */
#define _Complex_I (__extension__ 1.0iF)
#define I _Complex_I

/** The complex number x + iy, also where y is an infinity or a NaN (x + y * I would not be). */
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

#define __COMPLEX_FAMILY(name)                                                                                         \
    double _Complex name(double _Complex z);                                                                           \
    float _Complex name##f(float _Complex z);                                                                          \
    long double _Complex name##l(long double _Complex z);

__COMPLEX_FAMILY(cacos)
__COMPLEX_FAMILY(casin)
__COMPLEX_FAMILY(catan)
__COMPLEX_FAMILY(ccos)
__COMPLEX_FAMILY(csin)
__COMPLEX_FAMILY(ctan)
__COMPLEX_FAMILY(cacosh)
__COMPLEX_FAMILY(casinh)
__COMPLEX_FAMILY(catanh)
__COMPLEX_FAMILY(ccosh)
__COMPLEX_FAMILY(csinh)
__COMPLEX_FAMILY(ctanh)
__COMPLEX_FAMILY(cexp)
__COMPLEX_FAMILY(clog)
__COMPLEX_FAMILY(csqrt)
__COMPLEX_FAMILY(conj)
__COMPLEX_FAMILY(cproj)
#undef __COMPLEX_FAMILY

/** |z|, without undue overflow (hypot). */
double cabs(double _Complex z);
float cabsf(float _Complex z);
long double cabsl(long double _Complex z);
/** The argument of z, in [-pi, pi] (atan2). */
double carg(double _Complex z);
float cargf(float _Complex z);
long double cargl(long double _Complex z);
/** The imaginary part. */
double cimag(double _Complex z);
float cimagf(float _Complex z);
long double cimagl(long double _Complex z);
/** The real part. */
double creal(double _Complex z);
float crealf(float _Complex z);
long double creall(long double _Complex z);
/** z^w: cexp(w clog(z)); cpow(0, w) is 0 for Re(w) > 0. */
double _Complex cpow(double _Complex z, double _Complex w);
float _Complex cpowf(float _Complex z, float _Complex w);
long double _Complex cpowl(long double _Complex z, long double _Complex w);

#endif
