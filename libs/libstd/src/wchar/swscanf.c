#include <stdarg.h>
#include <wchar.h>

int swscanf(const wchar_t* restrict str, const wchar_t* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int result = vswscanf(str, fmt, args);
    va_end(args);
    return result;
}
