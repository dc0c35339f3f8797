#include "word_scan.h"

#include <string.h>

// As strlen, but words are read only while eight bytes remain before
// max_length: nothing at or past str + max_length is read.
size_t strnlen(const char* str, size_t max_length)
{
    size_t length = 0;
#ifdef SCAN_BY_BYTES
    while (length < max_length && str[length] != '\0')
    {
        length++;
    }
    return length;
#endif
    for (; length < max_length && ((uintptr_t)(str + length) & 7) != 0; length++)
    {
        if (str[length] == '\0')
        {
            return length;
        }
    }
    for (; max_length - length >= 8; length += 8)
    {
        uint64_t zeros = scan_zero_bytes(*(const scan_word_t*)(str + length));
        if (zeros != 0)
        {
            return length + scan_first_zero(zeros);
        }
    }
    while (length < max_length && str[length] != '\0')
    {
        length++;
    }
    return length;
}
