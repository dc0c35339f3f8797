// cat [FILE...]: copies each file, or stdin for "-" or no operand, to stdout.
#define PROGRAM "cat"
#define USAGE "usage: cat [FILE...]\n"
#include "util.h"

#define CHUNK 65536

static char buffer[CHUNK];

// Copy @p fd to stdout; false (after saying why) on an error.
static bool copy(fd_t fd, const char* name)
{
    ssize_t got;
    while ((got = read(fd, buffer, sizeof(buffer))) > 0)
    {
        if (!write_all(STDOUT_FILENO, buffer, (size_t)got))
        {
            complain("stdout", errno);
            return false;
        }
    }
    if (got == -1)
    {
        complain(name, errno);
        return false;
    }
    return true;
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (options.index == argc)
    {
        return copy(STDIN_FILENO, "stdin") ? 0 : 1;
    }
    int status = 0;
    for (int i = options.index; i < argc; i++)
    {
        fd_t fd = input_open(argv[i]);
        if (fd == -1)
        {
            status = 1;
            continue;
        }
        status |= !copy(fd, fd == STDIN_FILENO ? "stdin" : argv[i]);
        input_close(fd);
    }
    return status;
}
