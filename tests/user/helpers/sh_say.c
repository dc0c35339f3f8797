// sh_say WORD...: writes its arguments joined by spaces, and a newline,
// to stdout, as echo does: what shell_test pipes and redirects.
#include <string.h>
#include <sys/io.h>

int main(int argc, char** argv)
{
    char line[1024];
    size_t length = 0;
    for (int i = 1; i < argc; i++)
    {
        size_t size = strlen(argv[i]);
        if (length + size + 2 > sizeof(line))
        {
            return 2;
        }
        if (i > 1)
        {
            line[length++] = ' ';
        }
        memcpy(line + length, argv[i], size);
        length += size;
    }
    line[length++] = '\n';
    return write(STDOUT_FILENO, line, length) == (ssize_t)length ? 0 : 1;
}
