#include <wchar.h>

size_t wcsspn(const wchar_t* str, const wchar_t* accept)
{
    size_t n = 0;
    // The terminator is in every string, so test it apart: it never belongs.
    while (str[n] != 0 && wcschr(accept, str[n]) != NULL)
    {
        n++;
    }
    return n;
}
