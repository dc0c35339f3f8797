/**
 * @file strings.h
 * @brief POSIX's case-insensitive string comparisons. Case folding is the
 * "C" locale's: only the ASCII letters A-Z and a-z fold; every other byte
 * compares by its value as an unsigned char.
 */
#ifndef _STRINGS_H
#define _STRINGS_H 1

#include <stddef.h>

/**
 * Compare two strings ignoring the case of ASCII letters.
 * @return <0, 0 or >0 as @p a, folded to lower case, orders before, equal
 * to or after @p b.
 */
int strcasecmp(const char* a, const char* b);
/** strcasecmp comparing at most @p count bytes. */
int strncasecmp(const char* a, const char* b, size_t count);

#endif
