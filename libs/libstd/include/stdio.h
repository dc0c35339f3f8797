/**
 * @file stdio.h
 * @brief Formatted output to memory (C17 7.21.6). Streams (FILE, printf)
 * come later and will share the same formatter.
 *
 * The format follows C17 7.21.6.1 for:
 * - flags '-', '+', ' ', '#', '0'; field width and precision, either of
 *   them '*' (taken from an int argument; a negative width means '-', a
 *   negative precision means none);
 * - length modifiers hh, h, l, ll, j, z, t;
 * - conversions d, i, u, o, x, X, c, s, p, n and %%.
 *
 * Choices where C leaves the behaviour to the implementation: %p prints
 * like %#lx ("0x1a2b") and a null pointer as "(nil)"; %s with a null
 * pointer prints "(null)" (cut by the precision like any string); %lc and
 * %ls write UTF-8, and a wchar_t that is no Unicode scalar value (a UTF-16
 * surrogate, for example) is an encoding error. A directive with an unknown
 * conversion is copied to the output as it is.
 *
 * Not yet supported: the floating-point conversions f, F, e, E, g, G, a, A
 * and the L modifier. Such a directive is copied to the output unchanged and
 * reads no argument (a '*' width or precision is still read); the arguments
 * after it are only read correctly while the floating-point ones travel in
 * registers, which on x86-64 holds for up to eight doubles and never for a
 * long double followed by arguments passed on the stack.
 *
 * Every function returns the number of bytes produced (without the
 * terminating null byte), or -1 when that number would
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

#endif
