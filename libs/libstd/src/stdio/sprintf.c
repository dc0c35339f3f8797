#include <stdio.h>

int sprintf(char* restrict dest, const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vsprintf(dest, fmt, args);
    va_end(args);
    return length;
}
