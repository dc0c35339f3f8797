/**
 * @file bits/mbstate.h
 * @brief mbstate_t, shared by wchar.h and uchar.h (private: include one
 * of those).
 */
#ifndef _BITS_MBSTATE_H
#define _BITS_MBSTATE_H 1

/**
 * The state of a conversion between multibyte and wide characters: a
 * UTF-8 character that has arrived only in part, or half of a UTF-16
 * surrogate pair (mbrtoc16, c16rtomb). A zeroed object is the initial
 * state. The fields are libstd's own.
 */
typedef struct
{
    unsigned int _value;       /* bits of a partial UTF-8 character */
    unsigned char _remaining;  /* its continuation bytes still to come */
    unsigned char _low;        /* the range its next byte must be in */
    unsigned char _high;
    unsigned short _surrogate; /* a UTF-16 code unit waiting, or 0 */
} mbstate_t;

#endif
