// pwd: prints the working directory.
#define PROGRAM "pwd"
#define USAGE "usage: pwd\n"
#include "util.h"

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (options.index != argc)
    {
        usage(EXIT_USAGE);
    }
    char cwd[MAX_PATH];
    if (!current_directory(cwd))
    {
        complain("getcwd", errno);
        return 1;
    }
    if (writef(STDOUT_FILENO, "%s\n", cwd) == -1)
    {
        complain("stdout", errno);
        return 1;
    }
    return 0;
}
