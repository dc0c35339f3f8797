#include "word_scan.h"

#include <string.h>

// Byte by byte up to an 8-byte boundary, then a word at a time: under
// emulation and on hardware alike, a quarter or less of the byte loop's
// cost for long strings.
size_t strlen(const char* str)
{
#ifdef SCAN_BY_BYTES
    return strnlen(str, SIZE_MAX);
#endif
    const char* at = str;
    for (; ((uintptr_t)at & 7) != 0; at++)
    {
        if (*at == '\0')
        {
            return (size_t)(at - str);
        }
    }
    const scan_word_t* word = (const scan_word_t*)at;
    uint64_t zeros;
    while ((zeros = scan_zero_bytes(*word)) == 0)
    {
        word++;
    }
    return (size_t)((const char*)word - str) + scan_first_zero(zeros);
}
