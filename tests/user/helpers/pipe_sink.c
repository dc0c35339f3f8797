// Reads stdin to its end and exits with 0 if it got exactly argv[1]
// bytes: the receiving end of the pipe throughput tests.
#include <stdlib.h>
#include <sys/io.h>

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        return 2;
    }
    unsigned long long expected = strtoull(argv[1], NULL, 10), total = 0;
    static char buffer[65536];
    ssize_t got;
    while ((got = read(STDIN_FILENO, buffer, sizeof(buffer))) > 0)
    {
        total += (unsigned long long)got;
    }
    return got == 0 && total == expected ? 0 : 1;
}
