// In platform/user: it allocates, and only user space has malloc.
#include <stdlib.h>
#include <string.h>

char* strdup(const char* str)
{
    size_t size = strlen(str) + 1;
    char* copy = malloc(size);
    if (copy == NULL)
    {
        return NULL; // malloc has set errno to ENOMEM
    }
    return memcpy(copy, str, size);
}
