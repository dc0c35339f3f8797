#include <stdio.h>
#include <wchar.h>

// In UTF-8 only the ASCII bytes are characters on their own.
wint_t btowc(int c)
{
    return c >= 0 && c < 0x80 ? (wint_t)c : WEOF;
}
