#include <stdio.h>
#include <wchar.h>

// Only ASCII characters are one byte long in UTF-8.
int wctob(wint_t c)
{
    return c < 0x80 ? (int)c : EOF;
}
