// mv SRC DST, mv SRC... DIR: moves files and directories with io_rename,
// which is atomic and keeps the file itself (open descriptors follow it).
// Only across labels (EXDEV) is a file copied and the source removed;
// a directory is not copied across labels.
#define PROGRAM "mv"
#define USAGE "usage: mv SRC DST\n       mv SRC... DIR\n"
#include "util.h"

// Across labels: copy, then remove the source (files only).
static bool move_by_copy(const char* from, const char* to)
{
    stat_t info;
    if (io_stat(from, &info) == -1)
    {
        complain(from, errno);
        return false;
    }
    if (info.type == STAT_DIR)
    {
        complain(from, EXDEV);
        return false;
    }
    if (!copy_file(from, to))
    {
        return false;
    }
    if (remove(from) == -1)
    {
        complain(from, errno);
        return false;
    }
    return true;
}

static bool move(const char* from, const char* to)
{
    if (io_rename(from, to) == 0)
    {
        return true;
    }
    if (errno == EXDEV)
    {
        return move_by_copy(from, to);
    }
    complain(from, errno);
    return false;
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    int sources = argc - options.index - 1;
    if (sources < 1)
    {
        usage(EXIT_USAGE);
    }
    return each_into_target(argv + options.index, sources, argv[argc - 1], move);
}
