#include "fd.h"

#include <errno.h>
#include <stddef.h>

static bool fd_valid(fd_t fd)
{
    return fd >= 0 && fd < MAX_FD;
}

fd_t fd_install(process_t* process, file_t* file)
{
    spin_lock(&process->lock);
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        if (process->fds[fd] == NULL)
        {
            process->fds[fd] = file;
            spin_unlock(&process->lock);
            return fd;
        }
    }
    spin_unlock(&process->lock);
    return -EMFILE;
}

file_t* fd_get(process_t* process, fd_t fd)
{
    if (!fd_valid(fd))
    {
        return NULL;
    }
    spin_lock(&process->lock);
    file_t* file = process->fds[fd];
    if (file != NULL)
    {
        file_ref(file);
    }
    spin_unlock(&process->lock);
    return file;
}

int fd_close(process_t* process, fd_t fd)
{
    if (!fd_valid(fd))
    {
        return -EBADF;
    }
    spin_lock(&process->lock);
    file_t* file = process->fds[fd];
    process->fds[fd] = NULL;
    spin_unlock(&process->lock);
    if (file == NULL)
    {
        return -EBADF;
    }
    file_put(file); // outside the spinlock: a close hook may sleep
    return 0;
}

fd_t fd_dup(process_t* process, fd_t fd)
{
    file_t* file = fd_get(process, fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    fd_t result = fd_install(process, file);
    if (result < 0)
    {
        file_put(file);
    }
    return result;
}

fd_t fd_dup2(process_t* process, fd_t fd, fd_t target)
{
    if (!fd_valid(target))
    {
        return -EBADF;
    }
    file_t* file = fd_get(process, fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    spin_lock(&process->lock);
    file_t* old = process->fds[target];
    process->fds[target] = file;
    spin_unlock(&process->lock);
    if (old != NULL)
    {
        file_put(old);
    }
    return target;
}

void fd_close_all(process_t* process)
{
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        fd_close(process, fd);
    }
}
