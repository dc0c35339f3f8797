// false: does nothing, unsuccessfully (exit status 1).
#define PROGRAM "false"
#define USAGE "usage: false\n"
#include "util.h"

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (options.index != argc)
    {
        usage(EXIT_USAGE);
    }
    return 1;
}
