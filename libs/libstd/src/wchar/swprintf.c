#include <stdarg.h>
#include <wchar.h>

int swprintf(wchar_t* restrict dest, size_t size, const wchar_t* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vswprintf(dest, size, fmt, args);
    va_end(args);
    return length;
}
