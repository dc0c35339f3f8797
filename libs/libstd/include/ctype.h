/**
 * @file ctype.h
 * @brief Character classification and case mapping (C17 7.4), for the "C"
 * locale only: ASCII, and every value from 128 to 255 belongs to no class.
 *
 * The argument is an int holding EOF (-1) or an unsigned char value, as in
 * C. The functions compare ranges instead of indexing a table, so any other
 * int is also safe (it is simply in no class).
 */
#ifndef _CTYPE_H
#define _CTYPE_H 1

/** A letter or a decimal digit. */
int isalnum(int c);
/** A letter, 'A'-'Z' or 'a'-'z'. */
int isalpha(int c);
/** A space or a horizontal tab. */
int isblank(int c);
/** A control character: 0-31 and 127. */
int iscntrl(int c);
/** A decimal digit, '0'-'9'. */
int isdigit(int c);
/** A printing character other than space. */
int isgraph(int c);
/** A lowercase letter, 'a'-'z'. */
int islower(int c);
/** A printing character, space included: 32-126. */
int isprint(int c);
/** A printing character that is neither a space nor alphanumeric. */
int ispunct(int c);
/** White space: space, tab, newline, vertical tab, form feed, carriage return. */
int isspace(int c);
/** An uppercase letter, 'A'-'Z'. */
int isupper(int c);
/** A hexadecimal digit: '0'-'9', 'a'-'f', 'A'-'F'. */
int isxdigit(int c);
/** The lowercase form of an uppercase letter; any other value unchanged. */
int tolower(int c);
/** The uppercase form of a lowercase letter; any other value unchanged. */
int toupper(int c);

#endif
