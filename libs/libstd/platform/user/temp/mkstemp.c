#include "temp_fill.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>

int mkstemp(char* template)
{
    char* xs;
    if (!_temp_check(template, &xs))
    {
        return -1;
    }
    for (int tries = 0; tries < TEMP_TRIES; tries++)
    {
        _temp_fill(xs);
        int fd = open(template, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd != -1 || errno != EEXIST)
        {
            return fd;
        }
    }
    return -1; // EEXIST every time
}
