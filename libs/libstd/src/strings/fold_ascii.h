// The "C" locale's lower-case form of one byte, shared by strcasecmp and
// strncasecmp (ctype.h's tolower would work too, but this keeps the
// comparison independent of any later locale support).
#ifndef _LIBSTD_FOLD_ASCII_H
#define _LIBSTD_FOLD_ASCII_H 1

static inline int _fold_ascii(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

#endif
