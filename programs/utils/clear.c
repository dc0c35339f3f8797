// clear: clears the screen (the ANSI sequences cursor home, erase display).
#define PROGRAM "clear"
#define USAGE "usage: clear\n"
#include "util.h"

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (options.index != argc)
    {
        usage(EXIT_USAGE);
    }
    static const char sequence[] = "\x1b[H\x1b[2J";
    if (!write_all(STDOUT_FILENO, sequence, sizeof(sequence) - 1))
    {
        complain("stdout", errno);
        return 1;
    }
    return 0;
}
