#include <string.h>
#include <wchar.h>

wchar_t* wmemmove(wchar_t* dest, const wchar_t* src, size_t count)
{
    return memmove(dest, src, count * sizeof(wchar_t));
}
