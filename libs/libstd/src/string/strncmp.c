#include <string.h>

int strncmp(const char* a, const char* b, size_t count)
{
    const unsigned char* x = (const unsigned char*)a;
    const unsigned char* y = (const unsigned char*)b;
    for (size_t i = 0; i < count; i++)
    {
        if (x[i] != y[i] || x[i] == '\0')
        {
            return x[i] - y[i];
        }
    }
    return 0;
}
