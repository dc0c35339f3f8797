#include <string.h>
#include <wchar.h>

wchar_t* wmemcpy(wchar_t* restrict dest, const wchar_t* restrict src, size_t count)
{
    return memcpy(dest, src, count * sizeof(wchar_t));
}
