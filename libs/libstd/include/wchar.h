/**
 * @file wchar.h
 * @brief Wide characters and multibyte conversion (C17 7.29).
 *
 * A wchar_t holds one Unicode code point (UTF-32, 32 bits); the multibyte
 * encoding is UTF-8 in every locale (see locale.h), so a multibyte
 * character is one to four bytes (MB_CUR_MAX is 4) and no conversion has
 * a shift state: an mbstate_t only carries a character that has arrived in
 * part. A byte sequence that is not well-formed UTF-8 (an overlong form, a
 * UTF-16 surrogate, a value above U+10FFFF, a stray continuation byte) is
 * an encoding error (errno EILSEQ), and so is a wide character that is no
 * Unicode scalar value when it is converted to bytes.
 *
 * The restartable functions given a null mbstate_t pointer use one state
 * of their own each, shared by all threads (C allows that).
 *
 * Wide streams: a stream becomes wide-oriented at its first wide-character
 * function (or fwide > 0) and byte-oriented at its first byte function
 * (or fwide < 0), until freopen. C leaves mixing the two kinds on one
 * stream undefined; here both keep working on the same bytes, and the
 * orientation only answers fwide. In the file, wide text is UTF-8.
 */
#ifndef _WCHAR_H
#define _WCHAR_H 1

#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>

#include <bits/mbstate.h>
#include <bits/wint.h>

/** The range of wchar_t (a signed 32-bit integer). */
#define WCHAR_MIN __WCHAR_MIN__
#define WCHAR_MAX __WCHAR_MAX__

struct tm;

/*
 * Copying, comparison, search: as string.h's functions, counting and
 * comparing wchar_t elements (compared as wchar_t values, that is, as
 * code points). None allocates or keeps state, but wcstok (which keeps
 * its place in @p state).
 */

/** Copy @p src with its terminator. @return dest. */
wchar_t* wcscpy(wchar_t* restrict dest, const wchar_t* restrict src);
/** Copy at most @p count characters, padding with null characters to @p count. */
wchar_t* wcsncpy(wchar_t* restrict dest, const wchar_t* restrict src, size_t count);
/** Copy @p count characters (no overlap). */
wchar_t* wmemcpy(wchar_t* restrict dest, const wchar_t* restrict src, size_t count);
/** Copy @p count characters; the areas may overlap. */
wchar_t* wmemmove(wchar_t* dest, const wchar_t* src, size_t count);
/** Append @p src. */
wchar_t* wcscat(wchar_t* restrict dest, const wchar_t* restrict src);
/** Append at most @p count characters of @p src, then a terminator. */
wchar_t* wcsncat(wchar_t* restrict dest, const wchar_t* restrict src, size_t count);
/** Compare as code points. @return <0, 0 or >0. */
int wcscmp(const wchar_t* a, const wchar_t* b);
/** wcscmp: every locale collates in code point order. */
int wcscoll(const wchar_t* a, const wchar_t* b);
/** Compare at most @p count characters. */
int wcsncmp(const wchar_t* a, const wchar_t* b, size_t count);
/**
 * Transform @p src so that wcscmp of the results orders as wcscoll: a
 * copy, since wcscoll is wcscmp. Stores at most @p count characters.
 * @return the length of the transformed string (>= @p count: dest holds
 * nothing useful).
 */
size_t wcsxfrm(wchar_t* restrict dest, const wchar_t* restrict src, size_t count);
/** Compare @p count characters. */
int wmemcmp(const wchar_t* a, const wchar_t* b, size_t count);
/** The first @p c in @p str (the terminator included), or NULL. */
wchar_t* wcschr(const wchar_t* str, wchar_t c);
/** The length of the leading part of @p str without characters of @p reject. */
size_t wcscspn(const wchar_t* str, const wchar_t* reject);
/** The first character of @p str that is in @p accept, or NULL. */
wchar_t* wcspbrk(const wchar_t* str, const wchar_t* accept);
/** The last @p c in @p str, or NULL. */
wchar_t* wcsrchr(const wchar_t* str, wchar_t c);
/** The length of the leading part of @p str made of characters of @p accept. */
size_t wcsspn(const wchar_t* str, const wchar_t* accept);
/** The first occurrence of @p needle in @p haystack, or NULL. */
wchar_t* wcsstr(const wchar_t* haystack, const wchar_t* needle);
/**
 * Split @p str into tokens separated by characters of @p delimiters:
 * each call returns the next token, terminated in place, or NULL; later
 * calls pass NULL for @p str. The position is kept in *@p state, so this
 * one is safe in threads (unlike strtok).
 */
wchar_t* wcstok(wchar_t* restrict str, const wchar_t* restrict delimiters, wchar_t** restrict state);
/** The first @p c among @p count characters, or NULL. */
wchar_t* wmemchr(const wchar_t* src, wchar_t c, size_t count);
/** The number of characters before the terminator. */
size_t wcslen(const wchar_t* str);
/** Set @p count characters to @p c. */
wchar_t* wmemset(wchar_t* dest, wchar_t c, size_t count);

/*
 * Numeric conversion: strtol's and strtod's grammar and errors (stdlib.h)
 * on wide strings; white space is what iswspace says; every character of
 * a number is ASCII.
 */

double wcstod(const wchar_t* restrict str, wchar_t** restrict endptr);
float wcstof(const wchar_t* restrict str, wchar_t** restrict endptr);
/** As strtold: the double value, which long double holds exactly. */
long double wcstold(const wchar_t* restrict str, wchar_t** restrict endptr);
long wcstol(const wchar_t* restrict str, wchar_t** restrict endptr, int base);
long long wcstoll(const wchar_t* restrict str, wchar_t** restrict endptr, int base);
unsigned long wcstoul(const wchar_t* restrict str, wchar_t** restrict endptr, int base);
unsigned long long wcstoull(const wchar_t* restrict str, wchar_t** restrict endptr, int base);

/** strftime with a wide format and wide output (time.h). */
size_t wcsftime(wchar_t* restrict dest, size_t max, const wchar_t* restrict format, const struct tm* restrict tm);

/*
 * Conversion between single bytes, multibyte characters and wide
 * characters (UTF-8 and code points, see above).
 */

/** The wide character for the single-byte character @p c: c itself below 0x80, else WEOF. */
wint_t btowc(int c);
/** The single byte for @p c: c itself below 0x80, else EOF. */
int wctob(wint_t c);
/** Nonzero when @p state is NULL or an initial state (no character in part). */
int mbsinit(const mbstate_t* state);
/** mbrtowc(NULL, s, n, state), with its own internal state for a NULL @p state. */
size_t mbrlen(const char* restrict s, size_t n, mbstate_t* restrict state);
/**
 * Convert the multibyte character at @p s (at most @p n bytes, after what
 * *@p state holds of it) and store it in *@p wide unless @p wide is NULL.
 * @return the number of bytes of @p s that completed it; 0 for the null
 * character; (size_t)-2 when all @p n bytes were taken and the character
 * is not complete yet (the state keeps them); (size_t)-1 with EILSEQ for
 * an encoding error (the state is then reset). @p s NULL: as
 * mbrtowc(NULL, "", 1, state).
 */
size_t mbrtowc(wchar_t* restrict wide, const char* restrict s, size_t n, mbstate_t* restrict state);
/**
 * Store the bytes of @p wide in @p s (MB_CUR_MAX bytes room).
 * @return their number, or (size_t)-1 with EILSEQ for no Unicode scalar
 * value. @p s NULL: resets @p state and returns 1.
 */
size_t wcrtomb(char* restrict s, wchar_t wide, mbstate_t* restrict state);
/**
 * Convert the multibyte string at *@p src into at most @p count wide
 * characters at @p dest, terminator included. *@p src then points past
 * the last character converted, or is NULL if the terminator was reached;
 * on an encoding error it points at the bad character. With @p dest NULL
 * nothing is stored, @p count and *@p src are left alone and the whole
 * string is measured.
 * @return the number of characters stored, without the terminator, or
 * (size_t)-1 with EILSEQ.
 */
size_t mbsrtowcs(wchar_t* restrict dest, const char** restrict src, size_t count, mbstate_t* restrict state);
/**
 * Convert the wide string at *@p src into at most @p count bytes at
 * @p dest: a character whose bytes would not all fit is not written. *@p
 * src as for mbsrtowcs.
 * @return the number of bytes stored, without the terminator, or
 * (size_t)-1 with EILSEQ.
 */
size_t wcsrtombs(char* restrict dest, const wchar_t** restrict src, size_t count, mbstate_t* restrict state);

#if __STDC_HOSTED__

/*
 * Wide-character input and output on streams (user space only). The text
 * in the file is UTF-8; what cannot be decoded or encoded is an encoding
 * error: the function fails with EILSEQ and sets the stream's error
 * indicator. A wide character read in part stays in the stream for the
 * next read, so a wide stream can be read in any pieces.
 */

typedef struct _FILE FILE;

/**
 * Set or query @p stream's orientation: @p mode > 0 makes an unoriented
 * stream wide, < 0 byte-oriented, 0 changes nothing.
 * @return > 0 if wide, < 0 if byte-oriented, 0 if neither yet.
 */
int fwide(FILE* stream, int mode);

/** The next wide character, or WEOF at end of file or on an error. */
wint_t fgetwc(FILE* stream);
/** fgetwc (a function here). */
wint_t getwc(FILE* stream);
/** fgetwc(stdin). */
wint_t getwchar(void);
/** Write @p c; WEOF on an error. */
wint_t fputwc(wchar_t c, FILE* stream);
/** fputwc (a function here). */
wint_t putwc(wchar_t c, FILE* stream);
/** fputwc(c, stdout). */
wint_t putwchar(wchar_t c);
/**
 * Read a line of at most @p size - 1 wide characters, with its newline,
 * then a terminator. NULL at end of file before any character, or on an
 * error.
 */
wchar_t* fgetws(wchar_t* restrict dest, int size, FILE* restrict stream);
/** Write the wide string @p str. @return 0, or -1 on an error. */
int fputws(const wchar_t* restrict str, FILE* restrict stream);
/** Push @p c back: the next read returns it (one at least, four bytes' worth at most). */
wint_t ungetwc(wint_t c, FILE* stream);

/*
 * Formatted wide output and input: the format and the conversions of
 * printf and scanf (stdio.h), on wide strings. Field widths and
 * precisions of %s, %ls, %c and %lc count wide characters; %s and %c take
 * multibyte text and convert it; %n counts wide characters. A directive
 * longer than 127 characters fails (EOVERFLOW). In the scanf family, a
 * %[ set may list any characters, ranges included.
 */

int fwprintf(FILE* restrict stream, const wchar_t* restrict fmt, ...);
int wprintf(const wchar_t* restrict fmt, ...);
int vfwprintf(FILE* restrict stream, const wchar_t* restrict fmt, __builtin_va_list args);
int vwprintf(const wchar_t* restrict fmt, __builtin_va_list args);
int fwscanf(FILE* restrict stream, const wchar_t* restrict fmt, ...);
int wscanf(const wchar_t* restrict fmt, ...);
int vfwscanf(FILE* restrict stream, const wchar_t* restrict fmt, __builtin_va_list args);
int vwscanf(const wchar_t* restrict fmt, __builtin_va_list args);

#endif

/**
 * Format into @p dest, at most @p size wide characters including the
 * terminator (always written when @p size > 0).
 * @return the number of wide characters written, without the terminator;
 * -1 if the output did not fit (unlike snprintf) or on an error.
 */
int swprintf(wchar_t* restrict dest, size_t size, const wchar_t* restrict fmt, ...);
int vswprintf(wchar_t* restrict dest, size_t size, const wchar_t* restrict fmt, __builtin_va_list args);
/** Read the wide string @p str as @p fmt says. */
int swscanf(const wchar_t* restrict str, const wchar_t* restrict fmt, ...);
int vswscanf(const wchar_t* restrict str, const wchar_t* restrict fmt, __builtin_va_list args);

#endif
