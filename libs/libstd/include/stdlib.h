/**
 * @file stdlib.h
 * @brief General utilities (C17 7.22): process termination, integer
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

/** The absolute value; undefined for INT_MIN. */
int abs(int value);
/** The absolute value; undefined for LONG_MIN. */
long labs(long value);
/** The absolute value; undefined for LLONG_MIN. */
long long llabs(long long value);

#endif
