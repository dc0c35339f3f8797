// touch FILE...: creates each file that does not exist. Files have no
// times yet, so an existing file is left as it is.
#define PROGRAM "touch"
#define USAGE "usage: touch FILE...\n"
#include "util.h"

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (options.index == argc)
    {
        usage(EXIT_USAGE);
    }
    int status = 0;
    for (int i = options.index; i < argc; i++)
    {
        fd_t fd = io_openf("%s?create", argv[i]);
        if (fd == -1)
        {
            complain(argv[i], errno);
            status = 1;
            continue;
        }
        close(fd);
    }
    return status;
}
