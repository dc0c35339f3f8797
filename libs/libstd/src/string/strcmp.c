#include <string.h>

int strcmp(const char* a, const char* b)
{
    // The sign of the result comes from the bytes as unsigned char (C17 7.24.4).
    const unsigned char* x = (const unsigned char*)a;
    const unsigned char* y = (const unsigned char*)b;
    while (*x != '\0' && *x == *y)
    {
        x++;
        y++;
    }
    return *x - *y;
}
