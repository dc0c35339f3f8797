#include <stdio.h>

int snprintf(char* restrict dest, size_t size, const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vsnprintf(dest, size, fmt, args);
    va_end(args);
    return length;
}
