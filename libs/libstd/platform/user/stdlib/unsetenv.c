#include "env.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int unsetenv(const char* name)
{
    if (!_env_name_valid(name))
    {
        errno = EINVAL;
        return -1;
    }
    return _env_remove(name, strlen(name));
}
