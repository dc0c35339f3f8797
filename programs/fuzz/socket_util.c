#include "socket_util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

fd_t socket_open(const char* flags, uint64_t* id)
{
    fd_t fd = io_openf("sys:/net/local/new%s", flags);
    if (fd == -1)
    {
        return -1;
    }
    char text[32];
    ssize_t got = read(fd, text, sizeof(text) - 1);
    if (got <= 0)
    {
        close(fd);
        return -1;
    }
    text[got] = '\0';
    *id = strtoull(text, NULL, 10);
    return fd;
}

fd_t socket_file(uint64_t id, const char* name)
{
    return io_openf("sys:/net/local/%llu/%s", (unsigned long long)id, name);
}

int socket_command(fd_t ctl, const char* command)
{
    return write(ctl, command, strlen(command)) == -1 ? errno : 0;
}

fd_t socket_listener(const char* name, uint64_t* id)
{
    fd_t handle = socket_open("", id);
    if (handle == -1)
    {
        return -1;
    }
    fd_t ctl = socket_file(*id, "ctl");
    int result = EBADF;
    if (ctl != -1)
    {
        char command[96] = "bind ";
        strncat(command, name, sizeof(command) - strlen(command) - 1);
        result = socket_command(ctl, command);
        result = result == 0 ? socket_command(ctl, "listen") : result;
        close(ctl);
    }
    if (ctl == -1 || result != 0)
    {
        close(handle);
        errno = result;
        return -1;
    }
    return handle;
}
