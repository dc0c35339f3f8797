#include <stdio.h>

_Static_assert(sizeof(off_t) == sizeof(long), "ftello assumes a 64-bit long");

off_t ftello(FILE* f)
{
    return (off_t)ftell(f);
}
