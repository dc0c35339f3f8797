#include <wchar.h>

wchar_t* wcspbrk(const wchar_t* str, const wchar_t* accept)
{
    str += wcscspn(str, accept);
    return *str != 0 ? (wchar_t*)str : NULL;
}
