// The root at the start of a path, shared by basename and dirname: "/" or
// a label's "LABEL:/" (the first '/' directly after a ':'), else none.
#ifndef _LIBSTD_PATH_ROOT_H
#define _LIBSTD_PATH_ROOT_H 1

#include <stddef.h>

/** The length of @p path's root: 1 for "/", the length of "LABEL:/", or 0. */
static inline size_t _path_root_length(const char* path)
{
    size_t i = 0;
    while (path[i] != '\0' && path[i] != '/')
    {
        i++;
    }
    if (path[i] != '/')
    {
        return 0;
    }
    if (i == 0)
    {
        return 1;
    }
    return path[i - 1] == ':' ? i + 1 : 0;
}

#endif
