#include <wchar.h>

// As strtold: the double value, which long double holds exactly.
long double wcstold(const wchar_t* restrict str, wchar_t** restrict endptr)
{
    return wcstod(str, endptr);
}
