#include <string.h>

int memcmp(const void* a, const void* b, size_t count)
{
    const unsigned char* x = a;
    const unsigned char* y = b;
    for (size_t i = 0; i < count; i++)
    {
        if (x[i] != y[i])
        {
            return x[i] - y[i];
        }
    }
    return 0;
}
