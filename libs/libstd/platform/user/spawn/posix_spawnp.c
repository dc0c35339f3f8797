// posix_spawnp(): posix_spawn() after spawn_lookup()'s PATH search.
#include <errno.h>
#include <spawn.h>
#include <sys/io.h>
#include <sys/proc.h>

int posix_spawnp(pid_t* restrict pid, const char* restrict file, const posix_spawn_file_actions_t* actions,
                 const posix_spawnattr_t* restrict attributes, char* const argv[restrict],
                 char* const envp[restrict])
{
    if (file == NULL)
    {
        return EINVAL;
    }
    char path[MAX_PATH];
    if (spawn_lookup(file, path, sizeof(path)) == -1)
    {
        return errno;
    }
    return posix_spawn(pid, path, actions, attributes, argv, envp);
}
