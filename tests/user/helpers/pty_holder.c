// Makes a pseudo-terminal (sys:/pty/new), prints its id on stdout and
// sleeps until killed: pty_test's pty of another process tree.
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

int main(void)
{
    fd_t handle = io_open("sys:/pty/new");
    char id[24] = {0};
    if (handle == -1 || read(handle, id, sizeof(id) - 1) <= 0)
    {
        return 1;
    }
    writef(STDOUT_FILENO, "%s\n", id);
    for (;;)
    {
        sleep_ns(1000000000);
    }
}
