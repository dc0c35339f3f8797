// write_fd N TEXT: writes TEXT to descriptor N. Exits with 0 when it was
// written whole, 1 when N is not open (EBADF), 2 on anything else: how
// proc_test sees which descriptors a spawned program got.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        return 2;
    }
    ssize_t written = write(atoi(argv[1]), argv[2], strlen(argv[2]));
    if (written == (ssize_t)strlen(argv[2]))
    {
        return 0;
    }
    return written == -1 && errno == EBADF ? 1 : 2;
}
