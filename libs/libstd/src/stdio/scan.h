/**
 * @file scan.h
 * @brief The scanner behind every libstd scanf-like function (C17
 * 7.21.6.2). It reads its input one byte at a time through a source that
 * can also take back the byte it just gave, so the same code serves strings
 * now and FILE streams later.
 */
#ifndef _LIBSTD_SCAN_H
#define _LIBSTD_SCAN_H 1

#include "format.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** Where the scanner's input comes from. */
typedef struct
{
    /** The next byte as an unsigned char, or EOF at the end of the input. */
    int (*get)(void* ctx);
    /**
     * Push back @p c, the byte get just returned; at most one at a time,
     * or the bytes of one character (last first) for the wide scanf
     * family (see scan_input_t).
     */
    void (*unget)(void* ctx, int c);
    void* ctx;
} scan_source_t;

/**
 * Read @p source as @p fmt says, storing through the pointers in @p args.
 * @return the number of conversions assigned, or EOF when the input ended
 * before the first conversion completed.
 */
int _scan(const scan_source_t* source, const char* fmt, va_list args);

// ---- for the conversions, which live in files of their own ----

/**
 * The input, with a count of the bytes consumed (for %n). With
 * `characters` (the wide scanf family, whose input is UTF-8 here) %n
 * counts characters, and %c %s %[ read whole characters, their width
 * counting characters; the source must then take back a whole character
 * (four bytes in a row), not just one byte.
 */
typedef struct
{
    const scan_source_t* source;
    size_t count;
    bool characters;
} scan_input_t;

/** One scan in progress, for a caller that hands the format over in pieces. */
typedef struct
{
    scan_input_t in;
    va_list ap;
    int assigned;
    bool any_converted;
    int result; // a scan_result_t: scanning stops when it is not SCAN_OK
} scan_run_t;

/** Start a scan of @p source (see scan_input_t for @p characters). */
void _scan_begin(scan_run_t* run, const scan_source_t* source, bool characters, va_list args);
/**
 * Carry out the next piece of the format at @p p: a run of white space,
 * one ordinary byte or one directive. @return the position after it.
 */
const char* _scan_step(scan_run_t* run, const char* p);
/** End the scan. @return what _scan returns. */
int _scan_end(scan_run_t* run);

/** The next byte, or EOF. */
int _scan_get(scan_input_t* in);
/** Push back the byte just read; EOF is ignored. */
void _scan_unget(scan_input_t* in, int c);

typedef enum
{
    SCAN_OK,
    SCAN_MATCHING_FAILURE, // the input did not match: scanning stops
    SCAN_INPUT_FAILURE,    // the input ended before the directive read anything
} scan_result_t;

/** One conversion specification, "%*5lx" say. */
typedef struct
{
    bool suppress; // '*': convert, but assign nothing
    size_t width;  // SIZE_MAX when none is given
    format_length_t length;
    char conversion; // '\0' for an incomplete or malformed directive
    bool negated;    // %[^...]
    uint8_t set[32]; // %[...]: one bit per byte value, already negated
    const char* set_text; // %[...]: the set as written (UTF-8), from after '[' or "[^"
    size_t set_length;    // to its closing ']' (excluded)
} scan_directive_t;

/** %d %i %u %o %x %X %p. */
scan_result_t _scan_integer(scan_input_t* in, const scan_directive_t* d, va_list* ap);
/** %c %s %[, with l for wide characters. */
scan_result_t _scan_text(scan_input_t* in, const scan_directive_t* d, va_list* ap);
/**
 * Parse the scan set of a %[ directive from @p p (just after the '[')
 * into @p d; returns the position after its ']', or sets d->conversion to
 * '\0' if there is none.
 */
const char* _scan_parse_set(const char* p, scan_directive_t* d);
/** Whether code point @p code is listed in a %[ set (its text, ranges and all, not negated). */
bool _scan_set_lists(const scan_directive_t* d, uint32_t code);
/** Store @p value through the next argument, a pointer of the type @p length says. */
void _scan_store_integer(va_list* ap, format_length_t length, uintmax_t value);

/** How a UTF-8 character read for %lc, %ls or %l[ ended. */
typedef enum
{
    UTF8_OK,
    UTF8_END,     // EOF before its first byte
    UTF8_INVALID, // not UTF-8: its bytes up to the fault are consumed
} utf8_result_t;

/** Read one UTF-8 encoded character whose first byte, @p lead, was read. */
utf8_result_t _scan_utf8(scan_input_t* in, int lead, uint32_t* code);

/**
 * %f %F %e %E %g %G %a %A: in hosted/stdio, because it stores floating
 * point; _scan calls it only when compiled with _LIBSTD_HOSTED (user
 * space). Elsewhere a floating-point directive is a matching failure.
 */
scan_result_t _scan_float(scan_input_t* in, const scan_directive_t* d, va_list* ap);

#endif
