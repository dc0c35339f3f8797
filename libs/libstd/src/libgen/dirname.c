#include "path_root.h"

#include <libgen.h>
#include <string.h>

char* dirname(char* path)
{
    if (path == NULL || *path == '\0')
    {
        return (char*)".";
    }
    size_t root = _path_root_length(path);
    size_t end = strlen(path);
    // Trailing slashes, then the last component, then the slashes before it.
    while (end > root && path[end - 1] == '/')
    {
        end--;
    }
    while (end > root && path[end - 1] != '/')
    {
        end--;
    }
    if (end == 0)
    {
        return (char*)"."; // a single relative name
    }
    while (end > root && path[end - 1] == '/')
    {
        end--;
    }
    path[end] = '\0';
    return path;
}
