#include <wchar.h>

// wcscoll is wcscmp, so the transformation is the identity.
size_t wcsxfrm(wchar_t* restrict dest, const wchar_t* restrict src, size_t count)
{
    size_t length = wcslen(src);
    if (length < count)
    {
        wmemcpy(dest, src, length + 1);
    }
    return length;
}
