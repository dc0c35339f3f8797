// echo [-n] [ARG...]: prints its arguments separated by spaces, then a
// newline unless -n. The text goes out in one write where it fits, so
// lines from several programs sharing a pipe do not interleave.
#define PROGRAM "echo"
#define USAGE "usage: echo [-n] [ARG...]\n"
#include "util.h"

int main(int argc, char** argv)
{
    bool newline = true;
    options_t options = OPTIONS_INIT(argc, argv);
    while (options_next(&options, "n") != 0)
    {
        newline = false; // -n, the only option
    }
    size_t length = newline ? 1 : 0;
    for (int i = options.index; i < argc; i++)
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
    for (int i = options.index; i < argc; i++)
    {
        if (i > options.index)
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
