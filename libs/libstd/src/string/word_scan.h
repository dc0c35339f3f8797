// Looking for a zero byte eight bytes at a time (strlen, strnlen).
//
// A word is read only at an aligned address, so it never straddles a page:
// a read past the string's end stays in the page that holds its last byte.
// may_alias lets the word loads alias the char array.
#ifndef LIBSTD_STRING_WORD_SCAN_H
#define LIBSTD_STRING_WORD_SCAN_H 1

#include <stdint.h>

// AddressSanitizer (the host fuzzers and tests build libstd with it) would
// report the bytes of a word that lie past the string's end: with it,
// strlen and strnlen go byte by byte.
#if defined(__SANITIZE_ADDRESS__)
#define SCAN_BY_BYTES 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCAN_BY_BYTES 1
#endif
#endif

typedef uint64_t __attribute__((may_alias)) scan_word_t;

#define SCAN_ONES 0x0101010101010101ULL
#define SCAN_HIGHS 0x8080808080808080ULL

// Nonzero if a byte of @p word is zero; then its lowest set bit lies in
// the first zero byte (bits above it may be wrong, never bits below).
static inline uint64_t scan_zero_bytes(uint64_t word)
{
    return (word - SCAN_ONES) & ~word & SCAN_HIGHS;
}

// The index, 0 to 7, of the first zero byte of a word whose
// scan_zero_bytes() is @p zeros (nonzero).
static inline unsigned scan_first_zero(uint64_t zeros)
{
    return (unsigned)__builtin_ctzll(zeros) / 8;
}

#endif
