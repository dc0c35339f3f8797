// open_relative PATH: opens PATH, relative to the working directory spawn
// gave it. Exits with 0 if that worked, 1 if not: proc_test's check of
// spawn's cwd argument.
#include <sys/io.h>

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        return 2;
    }
    fd_t fd = io_open(argv[1]);
    if (fd == -1)
    {
        return 1;
    }
    close(fd);
    return 0;
}
