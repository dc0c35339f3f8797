/**
 * @file tgmath.h
 * @brief Type-generic math (C17 7.25): each macro calls the float, double
 * or long double function of math.h or complex.h that its arguments' type
 * selects, through _Generic. An integer argument counts as double; with
 * several arguments the common type of them all decides (long double over
 * double over float), and a complex argument selects the complex function.
 * Every macro is a function-like macro only: taking a function's address
 * (&sqrt) still gets math.h's function.
 */
#ifndef _TGMATH_H
#define _TGMATH_H 1

#include <complex.h>
#include <math.h>

/* A zero of the real type an argument counts as (integers as double). */
#define __TG_REAL(x)                                                                                                   \
    _Generic((x), float: 0.0F, float _Complex: 0.0F, long double: 0.0L, long double _Complex: 0.0L, default: 0.0)
/* A zero that makes a sum complex if the argument is complex. */
#define __TG_CPLX(x)                                                                                                   \
    _Generic((x), float _Complex: (float _Complex)0, double _Complex: (double _Complex)0,                              \
        long double _Complex: (long double _Complex)0, default: (char)0)
/* An expression whose type is the one the arguments select. */
#define __TG_TYPE1(x) (__TG_REAL(x) + __TG_CPLX(x))
#define __TG_TYPE2(x, y) (__TG_REAL(x) + __TG_REAL(y) + __TG_CPLX(x) + __TG_CPLX(y))
#define __TG_TYPE3(x, y, z) (__TG_REAL(x) + __TG_REAL(y) + __TG_REAL(z))

#define __TG_R1(fn, x) _Generic(__TG_TYPE1(x), float: fn##f, long double: fn##l, default: fn)(x)
#define __TG_RC1(fn, cfn, x)                                                                                           \
    _Generic(__TG_TYPE1(x), float: fn##f, long double: fn##l, float _Complex: cfn##f, double _Complex: cfn,           \
        long double _Complex: cfn##l, default: fn)(x)
#define __TG_C1(cfn, x)                                                                                                \
    _Generic(__TG_TYPE1(x), float: cfn##f, long double: cfn##l, float _Complex: cfn##f,                               \
        long double _Complex: cfn##l, default: cfn)(x)
#define __TG_R2(fn, x, y) _Generic(__TG_TYPE2(x, y), float: fn##f, long double: fn##l, default: fn)(x, y)

#undef acos
#define acos(x) __TG_RC1(acos, cacos, x)
#undef asin
#define asin(x) __TG_RC1(asin, casin, x)
#undef atan
#define atan(x) __TG_RC1(atan, catan, x)
#undef acosh
#define acosh(x) __TG_RC1(acosh, cacosh, x)
#undef asinh
#define asinh(x) __TG_RC1(asinh, casinh, x)
#undef atanh
#define atanh(x) __TG_RC1(atanh, catanh, x)
#undef cos
#define cos(x) __TG_RC1(cos, ccos, x)
#undef sin
#define sin(x) __TG_RC1(sin, csin, x)
#undef tan
#define tan(x) __TG_RC1(tan, ctan, x)
#undef cosh
#define cosh(x) __TG_RC1(cosh, ccosh, x)
#undef sinh
#define sinh(x) __TG_RC1(sinh, csinh, x)
#undef tanh
#define tanh(x) __TG_RC1(tanh, ctanh, x)
#undef exp
#define exp(x) __TG_RC1(exp, cexp, x)
#undef log
#define log(x) __TG_RC1(log, clog, x)
#undef sqrt
#define sqrt(x) __TG_RC1(sqrt, csqrt, x)
#undef fabs
#define fabs(x) __TG_RC1(fabs, cabs, x)
#undef cbrt
#define cbrt(x) __TG_R1(cbrt, x)
#undef ceil
#define ceil(x) __TG_R1(ceil, x)
#undef erf
#define erf(x) __TG_R1(erf, x)
#undef erfc
#define erfc(x) __TG_R1(erfc, x)
#undef exp2
#define exp2(x) __TG_R1(exp2, x)
#undef expm1
#define expm1(x) __TG_R1(expm1, x)
#undef floor
#define floor(x) __TG_R1(floor, x)
#undef ilogb
#define ilogb(x) __TG_R1(ilogb, x)
#undef lgamma
#define lgamma(x) __TG_R1(lgamma, x)
#undef llrint
#define llrint(x) __TG_R1(llrint, x)
#undef llround
#define llround(x) __TG_R1(llround, x)
#undef log10
#define log10(x) __TG_R1(log10, x)
#undef log1p
#define log1p(x) __TG_R1(log1p, x)
#undef log2
#define log2(x) __TG_R1(log2, x)
#undef logb
#define logb(x) __TG_R1(logb, x)
#undef lrint
#define lrint(x) __TG_R1(lrint, x)
#undef lround
#define lround(x) __TG_R1(lround, x)
#undef nearbyint
#define nearbyint(x) __TG_R1(nearbyint, x)
#undef rint
#define rint(x) __TG_R1(rint, x)
#undef round
#define round(x) __TG_R1(round, x)
#undef tgamma
#define tgamma(x) __TG_R1(tgamma, x)
#undef trunc
#define trunc(x) __TG_R1(trunc, x)
#undef atan2
#define atan2(x, y) __TG_R2(atan2, x, y)
#undef copysign
#define copysign(x, y) __TG_R2(copysign, x, y)
#undef fdim
#define fdim(x, y) __TG_R2(fdim, x, y)
#undef fmax
#define fmax(x, y) __TG_R2(fmax, x, y)
#undef fmin
#define fmin(x, y) __TG_R2(fmin, x, y)
#undef fmod
#define fmod(x, y) __TG_R2(fmod, x, y)
#undef hypot
#define hypot(x, y) __TG_R2(hypot, x, y)
#undef nextafter
#define nextafter(x, y) __TG_R2(nextafter, x, y)
#undef remainder
#define remainder(x, y) __TG_R2(remainder, x, y)
#undef carg
#define carg(x) __TG_C1(carg, x)
#undef cimag
#define cimag(x) __TG_C1(cimag, x)
#undef conj
#define conj(x) __TG_C1(conj, x)
#undef cproj
#define cproj(x) __TG_C1(cproj, x)
#undef creal
#define creal(x) __TG_C1(creal, x)
#undef pow
#define pow(x, y)                                                                                                      \
    _Generic(__TG_TYPE2(x, y), float: powf, long double: powl, float _Complex: cpowf, double _Complex: cpow,          \
        long double _Complex: cpowl, default: pow)(x, y)
#undef fma
#define fma(x, y, z) _Generic(__TG_TYPE3(x, y, z), float: fmaf, long double: fmal, default: fma)(x, y, z)
/* The second argument of these is not generic: it keeps its own type. */
#undef frexp
#define frexp(x, e) _Generic(__TG_TYPE1(x), float: frexpf, long double: frexpl, default: frexp)(x, e)
#undef ldexp
#define ldexp(x, e) _Generic(__TG_TYPE1(x), float: ldexpf, long double: ldexpl, default: ldexp)(x, e)
#undef scalbn
#define scalbn(x, n) _Generic(__TG_TYPE1(x), float: scalbnf, long double: scalbnl, default: scalbn)(x, n)
#undef scalbln
#define scalbln(x, n) _Generic(__TG_TYPE1(x), float: scalblnf, long double: scalblnl, default: scalbln)(x, n)
#undef nexttoward
#define nexttoward(x, y) _Generic(__TG_TYPE1(x), float: nexttowardf, long double: nexttowardl, default: nexttoward)(x, y)
#undef remquo
#define remquo(x, y, q) _Generic(__TG_TYPE2(x, y), float: remquof, long double: remquol, default: remquo)(x, y, q)

#endif
