// posix_spawnp(): PATH's search (spawn.h describes how its entries are
// split, since labels contain ':').
#include <errno.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

#define DEFAULT_PATH "home:/bin"

// The length of the PATH entry that starts at @p entry.
static size_t spawnp_entry_length(const char* entry)
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
static bool spawnp_is_file(const char* path)
{
    stat_t info;
    return io_stat(path, &info) == 0 && info.type != STAT_DIR;
}

int posix_spawnp(pid_t* restrict pid, const char* restrict file, const posix_spawn_file_actions_t* actions,
                 const posix_spawnattr_t* restrict attributes, char* const argv[restrict],
                 char* const envp[restrict])
{
    if (file == NULL || *file == '\0')
    {
        return file == NULL ? EINVAL : ENOENT;
    }
    if (strchr(file, '/') != NULL || strchr(file, ':') != NULL)
    {
        return posix_spawn(pid, file, actions, attributes, argv, envp);
    }
    const char* search = getenv("PATH");
    search = search != NULL ? search : DEFAULT_PATH;
    for (const char* entry = search;; entry++)
    {
        size_t length = spawnp_entry_length(entry);
        char path[MAX_PATH];
        // An empty entry is the working directory, as POSIX says.
        int written = length == 0 ? snprintf(path, sizeof(path), "%s", file)
                                  : snprintf(path, sizeof(path), "%.*s/%s", (int)length, entry, file);
        if (written > 0 && (size_t)written < sizeof(path) && spawnp_is_file(path))
        {
            return posix_spawn(pid, path, actions, attributes, argv, envp);
        }
        entry += length;
        if (*entry == '\0')
        {
            return ENOENT;
        }
    }
}
