#include "path_root.h"

#include <libgen.h>
#include <string.h>

char* basename(char* path)
{
    if (path == NULL || *path == '\0')
    {
        return (char*)".";
    }
    size_t root = _path_root_length(path);
    size_t end = strlen(path);
    while (end > root && path[end - 1] == '/')
    {
        end--;
    }
    // Only a root (and slashes): it is its own base name.
    path[end] = '\0';
    if (end == root)
    {
        return path;
    }
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
    {
        start--;
    }
    return path + start;
}
