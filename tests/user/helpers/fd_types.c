// fd_types: writes "A B C\n" to descriptor 1, the io_fstat types of
// descriptors 0, 1 and 2 (a STAT_ number, or -1 when not open): how
// fdcalls_test sees what a spawned program's standard streams are, as
// isatty would.
#include <stdio.h>
#include <sys/io.h>

static int fd_type(fd_t fd)
{
    stat_t info;
    return io_fstat(fd, &info) == 0 ? (int)info.type : -1;
}

int main(void)
{
    char line[32];
    int length = snprintf(line, sizeof(line), "%d %d %d\n", fd_type(0), fd_type(1), fd_type(2));
    return write(STDOUT_FILENO, line, (size_t)length) == length ? 0 : 1;
}
