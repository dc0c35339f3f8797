// In platform/user: it allocates, and only user space has malloc.
#include <stdlib.h>
#include <string.h>

char* strndup(const char* str, size_t max_length)
{
    // strnlen: str need not be terminated within max_length bytes.
    size_t length = strnlen(str, max_length);
    char* copy = malloc(length + 1);
    if (copy == NULL)
    {
        return NULL; // malloc has set errno to ENOMEM
    }
    memcpy(copy, str, length);
    copy[length] = '\0';
    return copy;
}
