#include <wchar.h>

int wcsncmp(const wchar_t* a, const wchar_t* b, size_t count)
{
    for (size_t i = 0; i < count; i++)
    {
        if (a[i] != b[i] || a[i] == 0)
        {
            return (a[i] > b[i]) - (a[i] < b[i]);
        }
    }
    return 0;
}
