/**
 * @file stdio.h
 * @brief Formatted output to memory and formatted input from memory (C17
 * 7.21.6). Streams (FILE, printf, scanf) come later and will share the
 * same formatter and scanner.
 *
 * The format follows C17 7.21.6.1 for:
 * - flags '-', '+', ' ', '#', '0'; field width and precision, either of
 *   them '*' (taken from an int argument; a negative width means '-', a
 *   negative precision means none);
 * - length modifiers hh, h, l, ll, j, z, t, and L for floating point;
 * - conversions d, i, u, o, x, X, c, s, p, n, %% and, in user space,
 *   f, F, e, E, g, G, a, A (see below).
 *
 * Choices where C leaves the behaviour to the implementation: %p prints
 * like %#lx ("0x1a2b") and a null pointer as "(nil)"; %s with a null
 * pointer prints "(null)" (cut by the precision like any string); %lc and
 * %ls write UTF-8, and a wchar_t that is no Unicode scalar value (a UTF-16
 * surrogate, for example) is an encoding error. A directive with an unknown
 * conversion is copied to the output as it is.
 *
 * The floating-point conversions f, F, e, E, g, G, a, A exist in user
 * space only: the kernel and the bootloader are built without
 * floating-point registers, and there such a directive is copied to the
 * output unchanged and reads no argument (a '*' width or precision is
 * still read); the arguments after it are only read correctly while the
 * floating-point ones travel in registers, which on x86-64 holds for up to
 * eight doubles and never for a long double followed by arguments passed
 * on the stack. In user space:
 * - the digits are exact: the binary value is converted with big
 *   integers and rounded to nearest, ties to even, at any precision
 *   ("%.1100e" of 2^-1074 shows its 751 significant digits, then zeros;
 *   "%.17g" output reads back as the same double);
 * - an infinity prints as "inf" and a NaN as "nan" ("INF" and "NAN" for
 *   F, E, G, A), with the sign of the value ("-nan"), padded with spaces
 *   even with the '0' flag;
 * - %a prints normal values as 0x1.hhhp+d, with as many digits as the
 *   value needs unless a precision is given, and subnormals as
 *   0x0.hhhp-1022, as glibc does; rounding to a precision may carry into
 *   the first digit ("%.1a" of 0x1.f8p0 is 0x2.0p+0);
 * - L (long double) is accepted, but the value is rounded to double
 *   before it is formatted.
 *
 * Every printf-like function returns the number of bytes produced
 * (without the terminating null byte), or -1 when that number would
 * exceed INT_MAX or on an encoding error.
 */
#ifndef _STDIO_H
#define _STDIO_H 1

#include <stdarg.h>
#include <stddef.h>

/** The value character functions return at end of file or on error. */
#define EOF (-1)

/**
 * Format into @p dest, writing at most @p size bytes including the
 * terminating null byte, which is always written when @p size > 0. With
 * @p size 0 nothing is written and @p dest may be NULL.
 * @return the length the whole output would have had: a result >= @p size
 * means it was cut.
 */
int snprintf(char* restrict dest, size_t size, const char* restrict fmt, ...)
    __attribute__((format(printf, 3, 4)));
/** snprintf with a va_list. */
int vsnprintf(char* restrict dest, size_t size, const char* restrict fmt, va_list args)
    __attribute__((format(printf, 3, 0)));
/** Format into @p dest, which must be large enough; prefer snprintf. */
int sprintf(char* restrict dest, const char* restrict fmt, ...) __attribute__((format(printf, 2, 3)));
/** sprintf with a va_list. */
int vsprintf(char* restrict dest, const char* restrict fmt, va_list args) __attribute__((format(printf, 2, 0)));

/**
 * Read @p str as @p fmt says (C17 7.21.6.2), storing the conversions
 * through the pointers that follow.
 *
 * Supported: white space (matches any amount of white space, none
 * included), ordinary characters, and directives of the form
 * %[*][width][length]conversion with the length modifiers hh, h, l, ll, j,
 * z, t, L and the conversions d, i, u, o, x, X (strtol's grammar for the
 * base; out-of-range values are clamped as strtoimax or strtoumax clamp
 * them, then cut to the argument's type), c, s, [ (with ranges such as
 * "a-z" and ']' first to include it), p (hexadecimal, or "(nil)" for a
 * null pointer, as printf writes them), n and %%. In user space also f, F,
 * e, E, g, G, a, A: strtod's grammar, stored into a float, a double (l)
 * or a long double (L, holding the double value, as strtold does). In the
 * kernel and the bootloader those are matching failures.
 *
 * Each input item is the longest sequence that is, or starts, a valid
 * one, and one that only starts one fails: "0x" for %x, "1e+" for %f and
 * %3c with two bytes left are matching failures. With l, %c, %s and %[
 * read UTF-8 and store wchar_t; their width counts characters, and a %l[
 * set lists ASCII characters only (any other character matches only a
 * negated set); a byte sequence that is not UTF-8 stops the scan with
 * errno set to EILSEQ.
 *
 * @return the number of conversions assigned, or EOF if the input ended
 * before the first conversion completed. A suppressed conversion ('*')
 * counts as completed here, as C17 7.21.6.2p16 reads: sscanf("1", "%*d%d",
 * &x) returns 0 (glibc returns EOF).
 */
int sscanf(const char* restrict str, const char* restrict fmt, ...) __attribute__((format(scanf, 2, 3)));
/** sscanf with a va_list. */
int vsscanf(const char* restrict str, const char* restrict fmt, va_list args) __attribute__((format(scanf, 2, 0)));

#endif
