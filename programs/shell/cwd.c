#include "cwd.h"

#include <unistd.h>

const char* cwd_get(void)
{
    static char path[MAX_PATH + 1];
    return getcwd(path, sizeof(path)) != NULL ? path : "?";
}
