// Any child: sys:/proc lists every process; ours are those whose status
// names us as parent.
#include "wait_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/io.h>

#define BATCH 16

// Whether @p name is all digits (a process's directory).
static bool wait_is_pid(const char* name)
{
    if (*name == '\0')
    {
        return false;
    }
    for (; *name != '\0'; name++)
    {
        if (*name < '0' || *name > '9')
        {
            return false;
        }
    }
    return true;
}

int _wait_find_exited(pid_t* found)
{
    fd_t dir = io_open("sys:/proc");
    if (dir == -1)
    {
        return -1;
    }
    stat_t entries[BATCH];
    bool any_child = false;
    *found = 0;
    ssize_t count;
    while (*found == 0 && (count = io_readdir(dir, entries, BATCH)) > 0)
    {
        for (ssize_t i = 0; i < count && *found == 0; i++)
        {
            bool exited = false;
            if (!wait_is_pid(entries[i].name))
            {
                continue;
            }
            pid_t pid = strtoll(entries[i].name, NULL, 10);
            if (_wait_child_state(pid, &exited) == 0)
            {
                any_child = true;
                *found = exited ? pid : 0;
            }
        }
    }
    close(dir);
    if (!any_child)
    {
        errno = ECHILD;
        return -1;
    }
    return 0;
}
