// sh_outerr OUT ERR: writes OUT and a newline to stdout, then ERR and a
// newline to stderr, so shell_test can see where each one went.
#include <sys/io.h>

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        return 2;
    }
    if (writef(STDOUT_FILENO, "%s\n", argv[1]) == -1)
    {
        return 1;
    }
    return writef(STDERR_FILENO, "%s\n", argv[2]) == -1;
}
