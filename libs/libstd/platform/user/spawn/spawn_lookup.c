// spawn_lookup(): the PATH search shared by posix_spawnp and the shell
// (sys/proc.h describes how entries are split, since labels contain ':').
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

// The length of the PATH entry that starts at @p entry.
static size_t spawn_lookup_entry_length(const char* entry)
{
    size_t length = 0;
    bool slash = false;
    for (; entry[length] != '\0'; length++)
    {
        if (entry[length] == ':' && (slash || entry[length + 1] != '/'))
        {
            break; // a separator, not a label's ':'
        }
        slash = slash || entry[length] == '/';
    }
    return length;
}

// Whether @p path names a file (not a directory).
static bool spawn_lookup_is_file(const char* path)
{
    stat_t info;
    return io_stat(path, &info) == 0 && info.type != STAT_DIR;
}

int spawn_lookup(const char* name, char* path, size_t size)
{
    if (name == NULL || path == NULL || size == 0)
    {
        errno = EINVAL;
        return -1;
    }
    if (*name == '\0')
    {
        errno = ENOENT;
        return -1;
    }
    if (strchr(name, '/') != NULL || strchr(name, ':') != NULL)
    {
        if (strlen(name) >= size)
        {
            errno = ENAMETOOLONG;
            return -1;
        }
        strcpy(path, name);
        return 0;
    }
    const char* search = getenv("PATH");
    search = search != NULL ? search : SPAWN_DEFAULT_PATH;
    bool too_long = false;
    for (const char* entry = search;; entry++)
    {
        size_t length = spawn_lookup_entry_length(entry);
        // An empty entry is the working directory, as POSIX says.
        int written = length == 0 ? snprintf(path, size, "%s", name)
                                  : snprintf(path, size, "%.*s/%s", (int)length, entry, name);
        if (written < 0 || (size_t)written >= size)
        {
            too_long = true;
        }
        else if (spawn_lookup_is_file(path))
        {
            return 0;
        }
        entry += length;
        if (*entry == '\0')
        {
            errno = too_long ? ENAMETOOLONG : ENOENT;
            return -1;
        }
    }
}
