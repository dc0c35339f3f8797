/**
 * @file math.h
 * @brief Mathematics (C17 7.12), user space only: the kernel and the
 * bootloader are built without floating point.
 *
 * Special cases follow C17 Annex F: a NaN argument gives a NaN (except
 * where Annex F says otherwise, such as pow(1, NaN) == 1), infinities and
 * signed zeros give the results Annex F lists. Errors are reported through
 * errno only (math_errhandling is MATH_ERRNO; see fenv.h for the flags):
 * - a domain error (an argument outside the function's domain, such as
 *   sqrt(-1) or log(-1)) returns NaN and sets EDOM;
 * - a pole error (an exact infinite result from finite arguments, such as
 *   log(0)) returns an infinity and sets ERANGE;
 * - an overflow returns HUGE_VAL with the result's sign and sets ERANGE;
 * - an underflow sets ERANGE when the returned value is zero although the
 *   exact result is not; results in the subnormal range are returned
 *   without setting errno.
 *
 * Accuracy: exp, exp2, log, log2, log10, pow, sin, cos, tan, asin, acos,
 * atan, atan2, sinh, cosh, tanh and hypot are within one ulp (unit in the
 * last place) of the exact result, subnormal results included, and nearly
 * always correctly rounded: tests/libstd/test_math_accuracy.c measures
 * largest errors between 0.50 and 0.57 ulp. sqrt is correctly rounded;
 * fmod and the functions of the representation (floor, frexp, ...) are
 * exact. The float versions call the double ones and round once more,
 * which makes them correctly rounded but for ties (within 0.501 ulp).
 *
 * Also within one ulp: cbrt, expm1, log1p, acosh, asinh, atanh, erf, erfc,
 * tgamma and lgamma (lgamma except close to its zeros at negative
 * arguments, where the result is tiny beside the terms it is computed
 * from: tests/libstd/test_math_c17.c measures each). fma, remainder,
 * remquo, fdim, nextafter, nexttoward, rint, nearbyint and the lrint and
 * lround families are exact (rounded once, in the current direction where
 * C says so).
 *
 * long double is the x87's 80-bit format (float.h: LDBL_MANT_DIG 64).
 * The functions that are exact or correctly rounded work in it fully:
 * fabsl, copysignl, ceill, floorl, truncl, roundl, rintl, nearbyintl,
 * lrintl, llrintl, lroundl, llroundl, frexpl, ldexpl, scalbnl, scalblnl,
 * ilogbl, logbl, modfl, fmodl, remainderl, remquol, fmaxl, fminl, fdiml,
 * nextafterl, nexttowardl, nanl, sqrtl and fmal. The others (expl, sinl,
 * powl, ...) return the double function's result for the argument
 * rounded to double: accurate to about 2^-53 relative, not to long
 * double's 2^-64, and within double's range, so expl(1000) overflows
 * (ERANGE) although long double could hold it.
 */
#ifndef _MATH_H
#define _MATH_H 1

/** The types the evaluation uses for float and double: SSE evaluates each in its own precision. */
typedef float float_t;
typedef double double_t;

/** +infinity; what an overflowing double function returns (with its sign). */
#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
/** float +infinity. */
#define INFINITY (__builtin_inff())
/** A float quiet NaN. */
#define NAN (__builtin_nanf(""))

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

/** What ilogb returns for 0 and for a NaN (with a domain error). */
#define FP_ILOGB0 (-__INT_MAX__ - 1)
#define FP_ILOGBNAN (-__INT_MAX__ - 1)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
/** Errors are reported through errno only. */
#define math_errhandling MATH_ERRNO

/** The class of a real floating value: FP_NAN, FP_INFINITE, FP_ZERO, FP_SUBNORMAL or FP_NORMAL. */
#define fpclassify(x) (__builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, (x)))
/** Non-zero for a NaN. */
#define isnan(x) (__builtin_isnan(x))
/** Non-zero for an infinity of either sign. */
#define isinf(x) (__builtin_isinf(x))
/** Non-zero for a value that is neither infinite nor NaN. */
#define isfinite(x) (__builtin_isfinite(x))
/** Non-zero for a normal value (not zero, subnormal, infinite or NaN). */
#define isnormal(x) (__builtin_isnormal(x))
/** Non-zero when the sign bit is set (also for -0.0 and negative NaNs). */
#define signbit(x) (__builtin_signbit(x))

/** Comparisons that are false, without raising "invalid", when either argument is a NaN. */
#define isgreater(x, y) (__builtin_isgreater((x), (y)))
#define isgreaterequal(x, y) (__builtin_isgreaterequal((x), (y)))
#define isless(x, y) (__builtin_isless((x), (y)))
#define islessequal(x, y) (__builtin_islessequal((x), (y)))
#define islessgreater(x, y) (__builtin_islessgreater((x), (y)))
#define isunordered(x, y) (__builtin_isunordered((x), (y)))

/* Common constants (POSIX, not C17), as doubles. */
#define M_E 2.718281828459045235360287471352662498        /**< e */
#define M_LOG2E 1.442695040888963407359924681001892137    /**< log2(e) */
#define M_LOG10E 0.434294481903251827651128918916605082   /**< log10(e) */
#define M_LN2 0.693147180559945309417232121458176568      /**< log(2) */
#define M_LN10 2.302585092994045684017991454684364208     /**< log(10) */
#define M_PI 3.141592653589793238462643383279502884       /**< pi */
#define M_PI_2 1.570796326794896619231321691639751442     /**< pi/2 */
#define M_PI_4 0.785398163397448309615660845819875721     /**< pi/4 */
#define M_1_PI 0.318309886183790671537767526745028724     /**< 1/pi */
#define M_2_PI 0.636619772367581343075535053490057448     /**< 2/pi */
#define M_2_SQRTPI 1.128379167095512573896158903121545172 /**< 2/sqrt(pi) */
#define M_SQRT2 1.414213562373095048801688724209698079    /**< sqrt(2) */
#define M_SQRT1_2 0.707106781186547524400844362104849039  /**< 1/sqrt(2) */

/* Trigonometric functions. The argument reduction of sin, cos and tan is
 * exact for every finite argument, however large. */

/** The arc cosine, in [0, pi]. Domain error for |x| > 1. */
double acos(double x);
/** The arc sine, in [-pi/2, pi/2]. Domain error for |x| > 1. */
double asin(double x);
/** The arc tangent, in [-pi/2, pi/2]. */
double atan(double x);
/** The angle of the point (x, y), in [-pi, pi]; atan2(+-0, -0) is +-pi, atan2(+-0, +0) is +-0. */
double atan2(double y, double x);
/** The cosine of @p x radians. Domain error for an infinity. */
double cos(double x);
/** The sine of @p x radians. Domain error for an infinity. */
double sin(double x);
/** The tangent of @p x radians. Domain error for an infinity. */
double tan(double x);

/* Hyperbolic functions. */

/** The hyperbolic cosine; overflows for |x| above about 710.48. */
double cosh(double x);
/** The hyperbolic sine; overflows for |x| above about 710.48. */
double sinh(double x);
/** The hyperbolic tangent, in [-1, 1]. */
double tanh(double x);

/* Exponential and logarithmic functions. */

/** e^x; overflows above about 709.78, underflows to 0 below about -745.13. */
double exp(double x);
/** 2^x; overflows from 1024, underflows to 0 below -1075. */
double exp2(double x);
/** Split @p x into a fraction in [0.5, 1) (with x's sign) and a power of two stored in @p exp.
 * Zeros give 0 and *exp = 0; infinities and NaNs are returned as they are, with *exp = 0. */
double frexp(double x, int* exp);
/** x * 2^exp, rounded once; ERANGE when a finite non-zero x overflows or becomes 0. */
double ldexp(double x, int exp);
/** The natural logarithm. Domain error for x < 0, pole error (-HUGE_VAL) for +-0. */
double log(double x);
/** The base-10 logarithm; errors as log. log10(10^n) is exactly n. */
double log10(double x);
/** The base-2 logarithm; errors as log. log2(2^n) is exactly n. */
double log2(double x);
/** Split @p x into an integral part, stored in @p iptr, and a fraction, returned; both with x's sign. */
double modf(double x, double* iptr);
/** x * 2^n, as ldexp (FLT_RADIX is 2). */
double scalbn(double x, int n);

/* Power and absolute-value functions. */

/** |x|. */
double fabs(double x);
/** sqrt(x^2 + y^2) without undue overflow or underflow; an infinity gives +inf even with a NaN. */
double hypot(double x, double y);
/**
 * x^y. Domain error for a finite x < 0 with a finite non-integer y; pole
 * error for x = +-0 and y < 0. pow(x, +-0) and pow(1, y) are 1 for every x
 * and y, NaNs included; the other special cases are Annex F's (F.10.4.4).
 */
double pow(double x, double y);
/** The square root, correctly rounded (SSE's sqrtsd). Domain error for x < 0; sqrt(-0) is -0. */
double sqrt(double x);

/* Nearest integer functions: exact. */

/** The smallest integral value not less than @p x. */
double ceil(double x);
/** The largest integral value not greater than @p x. */
double floor(double x);
/** The nearest integral value, halfway cases away from zero. */
double round(double x);
/** The integral value nearest to @p x and not larger in magnitude. */
double trunc(double x);

/* Remainder, sign and minimum/maximum functions: exact. */

/** x - n y with n = x / y truncated toward zero, computed exactly; its sign is x's.
 * Domain error when x is infinite or y is zero. */
double fmod(double x, double y);
/** |x| with the sign of @p y. */
double copysign(double x, double y);
/** The larger of x and y; a NaN argument is ignored unless both are. fmax(-0, +0) is +0. */
double fmax(double x, double y);
/** The smaller of x and y; a NaN argument is ignored unless both are. fmin(-0, +0) is -0. */
double fmin(double x, double y);

/* C99's additions. */

/** The inverse hyperbolic cosine. Domain error for x < 1. */
double acosh(double x);
/** The inverse hyperbolic sine. */
double asinh(double x);
/** The inverse hyperbolic tangent. Domain error for |x| > 1, pole error for +-1. */
double atanh(double x);
/** e^x - 1, accurate also for x near 0. */
double expm1(double x);
/** log(1 + x), accurate also for x near 0. Domain error below -1, pole error at -1. */
double log1p(double x);
/** The exponent of x as an int: floor(log2|x|). FP_ILOGB0 for 0, FP_ILOGBNAN for NaN, INT_MAX for
 * infinities, each with a domain error. */
int ilogb(double x);
/** The exponent of x as a double; -HUGE_VAL and a pole error for 0. */
double logb(double x);
/** x 2^n with a long n. */
double scalbln(double x, long n);
/** The real cube root. */
double cbrt(double x);
/** The error function. */
double erf(double x);
/** 1 - erf(x), accurate also where it is tiny; underflows above about 27.2. */
double erfc(double x);
/** log|Gamma(x)|. Pole error (+HUGE_VAL) at integers <= 0. */
double lgamma(double x);
/** Gamma(x). Pole error at +-0, domain error at negative integers and -inf; overflows above about 171.6. */
double tgamma(double x);
/** x rounded to an integer in the current rounding direction, without raising "inexact". */
double nearbyint(double x);
/** x rounded to an integer in the current rounding direction. */
double rint(double x);
/** rint as a long; domain error (and LONG_MIN) when it does not fit. */
long lrint(double x);
long long llrint(double x);
/** round as a long; domain error (and LONG_MIN) when it does not fit. */
long lround(double x);
long long llround(double x);
/** x - n y for the integer n nearest to x/y (ties to even), exactly. Domain error for y = 0 or infinite x. */
double remainder(double x, double y);
/** remainder, also storing n's sign and three lowest bits in *quotient. */
double remquo(double x, double y, int* quotient);
/** A quiet NaN (the text is read and ignored). */
double nan(const char* tag);
/** The next double after x toward y; y itself when they are equal. */
double nextafter(double x, double y);
/** nextafter toward a long double. */
double nexttoward(double x, long double y);
/** x - y if x > y, else +0. */
double fdim(double x, double y);
/** x y + z rounded once (in software: there is no FP_FAST_FMA). */
double fma(double x, double y, double z);

/* float versions: each converts to double, calls the double function and
 * rounds the result to float (setting ERANGE when that overflows or gives
 * zero from a non-zero result). */

float acosf(float x);
float asinf(float x);
float atanf(float x);
float atan2f(float y, float x);
float cosf(float x);
float sinf(float x);
float tanf(float x);
float coshf(float x);
float sinhf(float x);
float tanhf(float x);
float expf(float x);
float exp2f(float x);
float frexpf(float x, int* exp);
float ldexpf(float x, int exp);
float logf(float x);
float log10f(float x);
float log2f(float x);
float modff(float x, float* iptr);
float scalbnf(float x, int n);
float fabsf(float x);
float hypotf(float x, float y);
float powf(float x, float y);
float sqrtf(float x);
float ceilf(float x);
float floorf(float x);
float roundf(float x);
float truncf(float x);
float fmodf(float x, float y);
float copysignf(float x, float y);
float fmaxf(float x, float y);
float fminf(float x, float y);
float acoshf(float x);
float asinhf(float x);
float atanhf(float x);
float expm1f(float x);
float log1pf(float x);
int ilogbf(float x);
float logbf(float x);
float scalblnf(float x, long n);
float cbrtf(float x);
float erff(float x);
float erfcf(float x);
float lgammaf(float x);
float tgammaf(float x);
float nearbyintf(float x);
float rintf(float x);
long lrintf(float x);
long long llrintf(float x);
long lroundf(float x);
long long llroundf(float x);
float remainderf(float x, float y);
float remquof(float x, float y, int* quotient);
float nanf(const char* tag);
float nextafterf(float x, float y);
float nexttowardf(float x, long double y);
float fdimf(float x, float y);
/** Rounded once, as fma. */
float fmaf(float x, float y, float z);

/* long double versions (see the top of this file for their precision). */

long double acosl(long double x);
long double asinl(long double x);
long double atanl(long double x);
long double atan2l(long double y, long double x);
long double cosl(long double x);
long double sinl(long double x);
long double tanl(long double x);
long double acoshl(long double x);
long double asinhl(long double x);
long double atanhl(long double x);
long double coshl(long double x);
long double sinhl(long double x);
long double tanhl(long double x);
long double expl(long double x);
long double exp2l(long double x);
long double expm1l(long double x);
long double frexpl(long double x, int* exp);
int ilogbl(long double x);
long double ldexpl(long double x, int exp);
long double logl(long double x);
long double log10l(long double x);
long double log1pl(long double x);
long double log2l(long double x);
long double logbl(long double x);
long double modfl(long double x, long double* iptr);
long double scalbnl(long double x, int n);
long double scalblnl(long double x, long n);
long double cbrtl(long double x);
long double fabsl(long double x);
long double hypotl(long double x, long double y);
long double powl(long double x, long double y);
long double sqrtl(long double x);
long double erfl(long double x);
long double erfcl(long double x);
long double lgammal(long double x);
long double tgammal(long double x);
long double ceill(long double x);
long double floorl(long double x);
long double nearbyintl(long double x);
long double rintl(long double x);
long lrintl(long double x);
long long llrintl(long double x);
long double roundl(long double x);
long lroundl(long double x);
long long llroundl(long double x);
long double truncl(long double x);
long double fmodl(long double x, long double y);
long double remainderl(long double x, long double y);
long double remquol(long double x, long double y, int* quotient);
long double copysignl(long double x, long double y);
long double nanl(const char* tag);
long double nextafterl(long double x, long double y);
long double nexttowardl(long double x, long double y);
long double fdiml(long double x, long double y);
long double fmaxl(long double x, long double y);
long double fminl(long double x, long double y);
long double fmal(long double x, long double y, long double z);

#endif
