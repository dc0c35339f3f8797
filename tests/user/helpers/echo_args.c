// Writes each of its arguments, argv[0] included, on a line of its own to
// stdout: proc_test checks what a spawned program receives.
#include <string.h>
#include <sys/io.h>

int main(int argc, char** argv)
{
    for (int i = 0; i < argc; i++)
    {
        if (writef(STDOUT_FILENO, "%s\n", argv[i]) != (ssize_t)strlen(argv[i]) + 1)
        {
            return 1;
        }
    }
    return 0;
}
