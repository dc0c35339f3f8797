/**
 * @file stdlib.h
 * @brief General utilities (C17 7.22): process termination, numeric
 * conversion and absolute values so far.
 */
#ifndef _STDLIB_H
#define _STDLIB_H 1

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/** Run the .fini_array destructors and _fini, then end the process. */
_Noreturn void exit(int status);
/** End the process at once, without running any clean-up. */
_Noreturn void _Exit(int status);

/**
 * Convert the start of @p str to a long. Skips leading white space, then
 * takes an optional sign and digits in @p base: 2 to 36 (letters count from
 * 10, either case, and base 16 allows a "0x" or "0X" prefix), or 0 to choose
 * from the prefix: "0x" hexadecimal, "0" octal, otherwise decimal.
 *
 * If @p endptr is not NULL it receives the address of the first byte not
 * converted, or @p str itself when there were no digits. A value out of
 * range gives LONG_MIN or LONG_MAX and sets errno to ERANGE; an unsupported
 * base gives 0 and sets errno to EINVAL.
 */
long strtol(const char* restrict str, char** restrict endptr, int base);
/** strtol for long long: LLONG_MIN or LLONG_MAX when out of range. */
long long strtoll(const char* restrict str, char** restrict endptr, int base);
/**
 * strtol for unsigned long. A minus sign negates the value in unsigned
 * arithmetic ("-1" gives ULONG_MAX); a magnitude above ULONG_MAX gives
 * ULONG_MAX and ERANGE, with or without the sign.
 */
unsigned long strtoul(const char* restrict str, char** restrict endptr, int base);
/** strtoul for unsigned long long. */
unsigned long long strtoull(const char* restrict str, char** restrict endptr, int base);

/** strtol(str, NULL, 10) converted to int; the result is undefined when out of range. */
int atoi(const char* str);
/** strtol(str, NULL, 10). */
long atol(const char* str);
/** strtoll(str, NULL, 10). */
long long atoll(const char* str);

/**
 * Convert the start of @p str to a double (C17 7.22.1.3). Skips leading
 * white space, then takes the longest text of one of these forms, with an
 * optional sign: decimal digits with an optional point and an optional
 * exponent ("1.5e-3"), hexadecimal digits after "0x" with an optional point
 * and an optional binary exponent ("0x1.8p3"), "inf" or "infinity", "nan"
 * or "nan(" letters, digits and '_' ")", in any case.
 *
 * The result is the input correctly rounded to nearest, ties to even,
 * however many digits it has. If @p endptr is not NULL it receives the
 * address after the text converted, or @p str itself when there was none
 * (and the result is 0). Overflow gives +-HUGE_VAL and sets errno to
 * ERANGE; underflow (a result below the smallest normal double that is
 * not exact, as IEEE 754 detects it after rounding) sets errno to ERANGE
 * and gives the rounded result: a subnormal or zero, with its sign. Every
 * NaN is the quiet NaN; the characters in "nan(...)" are read and ignored.
 */
double strtod(const char* restrict str, char** restrict endptr);
/** strtod for float: rounded once, straight from the text. */
float strtof(const char* restrict str, char** restrict endptr);
/**
 * strtod for long double: the value is strtod's, correctly rounded to a
 * double (which long double holds exactly), not to long double's 64 bits.
 */
long double strtold(const char* restrict str, char** restrict endptr);
/** strtod(str, NULL). */
double atof(const char* str);

/** The absolute value; undefined for INT_MIN. */
int abs(int value);
/** The absolute value; undefined for LONG_MIN. */
long labs(long value);
/** The absolute value; undefined for LLONG_MIN. */
long long llabs(long long value);

#endif
