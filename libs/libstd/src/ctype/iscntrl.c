#include <ctype.h>

int iscntrl(int c)
{
    // Explicit ranges rather than a table: EOF and 128..255 can never index out of bounds.
    return (c >= 0 && c < 0x20) || c == 0x7F;
}
