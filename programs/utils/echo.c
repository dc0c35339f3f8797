// echo [-n] [ARG...]: prints its arguments separated by spaces, then a
// newline unless -n. Only leading -n (or -nn...) is an option and --help
// alone asks for the usage: anything else, "-x", "- one" or "--" included,
// is text, as echo prints it on other systems (scripts echo such text).
// The text goes out in one write where it fits, so lines from several
// programs sharing a pipe do not interleave.
#define PROGRAM "echo"
#define USAGE "usage: echo [-n] [ARG...]\n"
#include "util.h"

int main(int argc, char** argv)
{
    if (argc == 2 && strcmp(argv[1], "--help") == 0)
    {
        usage(0);
    }
    bool newline = true;
    int first = 1;
    while (first < argc && argv[first][0] == '-' && argv[first][1] == 'n' &&
           strspn(argv[first] + 1, "n") == strlen(argv[first] + 1))
    {
        newline = false; // -n, the only option
        first++;
    }
    size_t length = newline ? 1 : 0;
    for (int i = first; i < argc; i++)
    {
        length += strlen(argv[i]) + 1;
    }
    char* text = malloc(length + 1);
    if (text == NULL)
    {
        complain("out of memory", ENOMEM);
        return 1;
    }
    size_t at = 0;
    for (int i = first; i < argc; i++)
    {
        if (i > first)
        {
            text[at++] = ' ';
        }
        size_t part = strlen(argv[i]);
        memcpy(text + at, argv[i], part);
        at += part;
    }
    if (newline)
    {
        text[at++] = '\n';
    }
    if (!write_all(STDOUT_FILENO, text, at))
    {
        complain("stdout", errno);
        return 1;
    }
    return 0;
}
