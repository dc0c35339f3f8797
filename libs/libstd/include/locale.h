/**
 * @file locale.h
 * @brief Localization (C17 7.11).
 *
 * Two locales exist, and they behave the same: "C" (also called "POSIX")
 * and "C.UTF-8" (also "C.utf8"). Both:
 * - encode multibyte characters as UTF-8 (MB_CUR_MAX 4, wchar.h): a byte
 *   from 0x80 up starts or continues a UTF-8 sequence, never a character
 *   on its own, and bytes that are no UTF-8 are encoding errors (EILSEQ).
 *   (POSIX wants a single-byte "C" locale; this one is not.) ctype.h's
 *   functions class only ASCII; wctype.h's know Unicode;
 * - collate in byte order, which is code point order (strcoll, wcscoll);
 * - write numbers with '.' and no grouping, and have no monetary
 *   conventions (localeconv);
 * - use the English names of days and months (strftime).
 * A program starts in "C", as C asks. The empty name "" chooses the
 * environment's locale: the variable LC_ALL, else the category's own
 * (LC_CTYPE, ...), else LANG, else "C.UTF-8".
 */
#ifndef _LOCALE_H
#define _LOCALE_H 1

#define __need_NULL
#include <stddef.h>

/** The categories of setlocale. */
#define LC_CTYPE 0
#define LC_NUMERIC 1
#define LC_TIME 2
#define LC_COLLATE 3
#define LC_MONETARY 4
#define LC_ALL 6

/** Numeric and monetary formatting conventions (C17 7.11.2.1). */
struct lconv
{
    char* decimal_point;
    char* thousands_sep;
    char* grouping;
    char* mon_decimal_point;
    char* mon_thousands_sep;
    char* mon_grouping;
    char* positive_sign;
    char* negative_sign;
    char* currency_symbol;
    char frac_digits;
    char p_cs_precedes;
    char n_cs_precedes;
    char p_sep_by_space;
    char n_sep_by_space;
    char p_sign_posn;
    char n_sign_posn;
    char* int_curr_symbol;
    char int_frac_digits;
    char int_p_cs_precedes;
    char int_n_cs_precedes;
    char int_p_sep_by_space;
    char int_n_sep_by_space;
    char int_p_sign_posn;
    char int_n_sign_posn;
};

/**
 * Set @p category (LC_ALL: every category) to the locale named @p locale,
 * or with @p locale NULL only ask. @return the locale's name ("C" or
 * "C.UTF-8"; for LC_ALL with categories set apart, a string that names
 * each, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...", which setlocale accepts
 * back), or NULL for an unknown name or category, which changes nothing.
 * The string is overwritten by the next call. Not safe while another
 * thread uses the locale (C allows that).
 */
char* setlocale(int category, const char* locale);

/**
 * The formatting conventions of the current locale: those of "C" (C17
 * 7.11.2.1: "." as decimal point, every other string empty, every char
 * CHAR_MAX), in both locales. The structure must not be modified.
 */
struct lconv* localeconv(void);

#endif
