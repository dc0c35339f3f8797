#include "temp_fill.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

char* mkdtemp(char* template)
{
    char* xs;
    if (!_temp_check(template, &xs))
    {
        return NULL;
    }
    for (int tries = 0; tries < TEMP_TRIES; tries++)
    {
        _temp_fill(xs);
        if (mkdir(template, 0700) == 0)
        {
            return template;
        }
        if (errno != EEXIST)
        {
            return NULL;
        }
    }
    return NULL; // EEXIST every time
}
