#include "env.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int putenv(char* string)
{
    char* equals = strchr(string, '=');
    if (equals == string)
    {
        errno = EINVAL;
        return -1;
    }
    // No '=': POSIX leaves it open; like glibc, remove the variable.
    if (equals == NULL)
    {
        return _env_remove(string, strlen(string));
    }
    return _env_set(string, (size_t)(equals - string), false);
}
