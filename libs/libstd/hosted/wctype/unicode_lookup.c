#include "unicode_tables.h"

// The last entry whose first element is <= c, or -1.
static ptrdiff_t find(const uint32_t table[][2], size_t count, uint32_t c)
{
    size_t low = 0, high = count;
    while (low < high)
    {
        size_t middle = low + (high - low) / 2;
        if (table[middle][0] <= c)
        {
            low = middle + 1;
        }
        else
        {
            high = middle;
        }
    }
    return (ptrdiff_t)low - 1;
}

bool _unicode_in(const uint32_t table[][2], size_t count, uint32_t c)
{
    ptrdiff_t i = find(table, count, c);
    return i >= 0 && c <= table[i][1];
}

uint32_t _unicode_map(const uint32_t table[][2], size_t count, uint32_t c)
{
    ptrdiff_t i = find(table, count, c);
    return i >= 0 && table[i][0] == c ? table[i][1] : c;
}
