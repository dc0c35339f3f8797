#include <stdio.h>

int sscanf(const char* restrict str, const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int count = vsscanf(str, fmt, args);
    va_end(args);
    return count;
}
