#include <stdio.h>

// off_t and long are both 64 bits: fseek takes every offset fseeko can.
_Static_assert(sizeof(off_t) == sizeof(long), "fseeko assumes a 64-bit long");

int fseeko(FILE* f, off_t offset, int origin)
{
    return fseek(f, (long)offset, origin);
}
