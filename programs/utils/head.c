// head [-n N] [FILE...]: prints the first N lines (10 by default) of each
// file, or of stdin for "-" or no operand; a "==> FILE <==" line before
// each when there are several.
#define PROGRAM "head"
#define USAGE "usage: head [-n N] [FILE...]\n"
#include "util.h"

#include <stdio.h>

static unsigned long long wanted = 10;

// Copy the first lines of @p fd to stdout. Reads in blocks and stops at
// the newline that ends the last wanted line, so nothing is read far past it.
static bool head(fd_t fd, const char* name)
{
    static char buffer[4096];
    unsigned long long lines = 0;
    ssize_t got = 0;
    while (lines < wanted && (got = read(fd, buffer, sizeof(buffer))) > 0)
    {
        size_t end = 0;
        while (end < (size_t)got && lines < wanted)
        {
            lines += buffer[end++] == '\n';
        }
        fwrite(buffer, 1, end, stdout);
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
    while (options_next(&options, "n:") != 0)
    {
        char* end;
        wanted = strtoull(options.value, &end, 10);
        if (end == options.value || *end != '\0' || *options.value == '-')
        {
            writef(STDERR_FILENO, "%s: %s: not a number of lines\n", PROGRAM, options.value);
            usage(EXIT_USAGE);
        }
    }
    if (options.index == argc)
    {
        return head(STDIN_FILENO, "stdin") ? 0 : 1;
    }
    int status = 0;
    for (int i = options.index; i < argc; i++)
    {
        if (argc - options.index > 1)
        {
            printf("%s==> %s <==\n", i > options.index ? "\n" : "", argv[i]);
        }
        fd_t fd = input_open(argv[i]);
        if (fd == -1)
        {
            status = 1;
            continue;
        }
        status |= !head(fd, fd == STDIN_FILENO ? "stdin" : argv[i]);
        input_close(fd);
    }
    return status;
}
