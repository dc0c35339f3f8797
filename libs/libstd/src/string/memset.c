#include <string.h>

#include <stdint.h>

// Eight bytes at a time in the middle; may_alias lets the word stores
// alias whatever the bytes belong to.
typedef uint64_t __attribute__((may_alias)) word_t;

void* memset(void* dest, int value, size_t count)
{
    unsigned char* d = dest;
    unsigned char byte = (unsigned char)value;
    while (count > 0 && ((uintptr_t)d & 7) != 0)
    {
        *d++ = byte;
        count--;
    }
    word_t pattern = 0x0101010101010101ULL * byte;
    for (; count >= 8; count -= 8, d += 8)
    {
        *(word_t*)d = pattern;
    }
    while (count > 0)
    {
        *d++ = byte;
        count--;
    }
    return dest;
}
