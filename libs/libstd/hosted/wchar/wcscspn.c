#include <wchar.h>

size_t wcscspn(const wchar_t* str, const wchar_t* reject)
{
    size_t n = 0;
    while (str[n] != 0 && wcschr(reject, str[n]) == NULL)
    {
        n++;
    }
    return n;
}
