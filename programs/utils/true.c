// true: does nothing, successfully. Scripts use it as a condition.
#define PROGRAM "true"
#define USAGE "usage: true\n"
#include "util.h"

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (options.index != argc)
    {
        usage(EXIT_USAGE);
    }
    return 0;
}
