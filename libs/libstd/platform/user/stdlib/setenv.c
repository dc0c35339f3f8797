#include "env.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int setenv(const char* name, const char* value, int overwrite)
{
    if (!_env_name_valid(name))
    {
        errno = EINVAL;
        return -1;
    }
    size_t name_length = strlen(name);
    if (!overwrite && _env_find(name, name_length) >= 0)
    {
        return 0;
    }
    size_t value_length = strlen(value);
    char* entry = malloc(name_length + 1 + value_length + 1);
    if (entry == NULL)
    {
        return -1; // ENOMEM
    }
    memcpy(entry, name, name_length);
    entry[name_length] = '=';
    memcpy(entry + name_length + 1, value, value_length + 1);
    if (_env_set(entry, name_length, true) != 0)
    {
        free(entry);
        return -1;
    }
    return 0;
}
