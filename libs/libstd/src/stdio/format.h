/**
 * @file format.h
 * @brief The printf formatter behind every libstd printf-like function and
 * the kernel's logger. It produces text in pieces through a callback, so
 * the caller decides where the text goes (a buffer, a FILE, a serial port)
 * and nothing here allocates or keeps state.
 */
#ifndef _LIBSTD_FORMAT_H
#define _LIBSTD_FORMAT_H 1

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/**
 * Receives the next @p length bytes of output (not terminated; may contain
 * a null byte from %c). Called only with @p length > 0.
 */
typedef void (*format_emit_t)(void* ctx, const char* text, size_t length);

/**
 * Format @p fmt with @p args as C17 7.21.6.1 describes, within the limits
 * documented in stdio.h, handing the output to @p emit in order.
 *
 * @return the number of bytes produced, or -1 when that number would exceed
 * INT_MAX or a wide character cannot be encoded (errno EILSEQ); output
 * stops at the error.
 */
int _format(format_emit_t emit, void* ctx, const char* fmt, va_list args);

/** A length modifier (shared with the scanf family). */
typedef enum
{
    LENGTH_NONE,
    LENGTH_HH,
    LENGTH_H,
    LENGTH_L,
    LENGTH_LL,
    LENGTH_J,
    LENGTH_Z,
    LENGTH_T,
    LENGTH_BIG_L,
} format_length_t;

/** Parse a length modifier at *@p p, if there is one, and step over it. */
format_length_t _format_parse_length(const char** p);

/** One conversion specification, "%-08.3lx" say. */
typedef struct
{
    bool left;      // '-'
    bool plus;      // '+'
    bool space;     // ' '
    bool alternate; // '#'
    bool zero;      // '0'
    size_t width;
    bool has_precision;
    size_t precision;
    format_length_t length;
    char conversion; // '\0' when the format ended inside the directive
} format_directive_t;

/** The output of one _format call, for the conversions kept elsewhere. */
typedef struct format_output
{
    format_emit_t emit;
    void* ctx;
    size_t count;    // bytes (characters if `characters`) so far, never above INT_MAX
    bool failed;     // too long or unencodable: nothing more is produced
    bool characters; // the wide printf family's: count and measure fields in characters
} format_output_t;

/**
 * Carry out one directive, @p text (from its '%' to its conversion,
 * terminated), reading its arguments through @p ap: the wide printf
 * family formats directive by directive (src/wchar/format_wide.c). The
 * output is UTF-8; with out->characters set, the field widths and
 * precisions of %s %ls %c %lc and the count of %n are in characters.
 */
void _format_directive(format_output_t* out, const char* text, va_list* ap);

/** The number of UTF-8 characters (bytes that start one) in @p text. */
size_t _format_count_characters(const char* text, size_t length);

/** Append @p length bytes of @p text to the output. */
void _format_put(format_output_t* out, const char* text, size_t length);
/** Append @p count copies of @p fill to the output. */
void _format_pad(format_output_t* out, char fill, size_t count);
/**
 * Fail the output now (and return false) if @p length more bytes would
 * make it too long: a field checks its whole length before any of it.
 */
bool _format_reserve(format_output_t* out, size_t length);

/**
 * The floating-point conversions f F e E g G a A, with or without L:
 * format the next argument (a double, or a long double with L) as the
 * directive says. It lives in hosted/stdio, because it needs floating-point
 * registers, and _format only calls it when compiled with _LIBSTD_HOSTED
 * (user space, see libstd.mk). Without it, as in the kernel and the
 * bootloader, a floating-point directive is copied to the output and reads
 * no argument.
 */
void _format_float(format_output_t* out, const format_directive_t* directive, va_list* args);

#endif
