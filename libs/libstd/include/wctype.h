/**
 * @file wctype.h
 * @brief Wide character classification and case mapping (C17 7.30).
 *
 * The same in every locale. ASCII characters are classed as ctype.h
 * classes them; beyond ASCII the classes come from Unicode 14.0's general
 * categories (tools/unicode/wctype_tables.py generates the tables):
 * - alpha: letters (Lu Ll Lt Lm Lo), letter numbers (Nl), and decimal
 *   digits of scripts other than ASCII (Nd), which C does not let
 *   iswdigit have;
 * - upper: Lu; lower: Ll (titlecase letters, Lt, are only alpha);
 * - digit and xdigit: ASCII only, as C asks;
 * - space: the ASCII white space, U+1680, U+2000-U+2006, U+2008-U+200A,
 *   U+2028, U+2029, U+205F, U+3000 (the no-break spaces U+00A0, U+2007
 *   and U+202F are not, so words are not split at them);
 * - blank: space and tab, and the spaces above but the line and
 *   paragraph separators;
 * - cntrl: C0 and C1 controls, U+007F, U+2028, U+2029;
 * - print: every assigned code point but controls, surrogates and the two
 *   separators; graph: print but space; punct: graph but alnum (so
 *   symbols, marks and private use count as punctuation).
 * towupper and towlower use Unicode's simple (one-to-one) case mappings.
 * WEOF and values that are no code point are in no class and map to
 * themselves.
 */
#ifndef _WCTYPE_H
#define _WCTYPE_H 1

#include <bits/wint.h>

/** A character class for iswctype (0: none). */
typedef unsigned int wctype_t;
/** A mapping for towctrans (0: none). */
typedef unsigned int wctrans_t;

int iswalnum(wint_t c);
int iswalpha(wint_t c);
int iswblank(wint_t c);
int iswcntrl(wint_t c);
int iswdigit(wint_t c);
int iswgraph(wint_t c);
int iswlower(wint_t c);
int iswprint(wint_t c);
int iswpunct(wint_t c);
int iswspace(wint_t c);
int iswupper(wint_t c);
int iswxdigit(wint_t c);

/** The class named @p name: "alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
 * "print", "punct", "space", "upper" or "xdigit"; 0 for any other name. */
wctype_t wctype(const char* name);
/** Whether @p c is in @p class (as the matching isw function); 0 for class 0. */
int iswctype(wint_t c, wctype_t class);

/** The uppercase form of @p c, or @p c. */
wint_t towupper(wint_t c);
/** The lowercase form of @p c, or @p c. */
wint_t towlower(wint_t c);
/** The mapping named @p name: "tolower" or "toupper"; 0 for any other name. */
wctrans_t wctrans(const char* name);
/** @p c mapped by @p mapping; @p c itself for mapping 0. */
wint_t towctrans(wint_t c, wctrans_t mapping);

#endif
