#include "env.h"

#include <stdlib.h>
#include <string.h>

char* getenv(const char* name)
{
    // A name with '=' can match no entry.
    if (name == NULL || strchr(name, '=') != NULL)
    {
        return NULL;
    }
    size_t length = strlen(name);
    long index = _env_find(name, length);
    return index < 0 ? NULL : environ[index] + length + 1;
}
