// mv SRC DST, mv SRC... DIR: moves files. The file system has no rename
// yet, so a move is a copy followed by removing the source; directories
// cannot be moved until it has one.
#define PROGRAM "mv"
#define USAGE "usage: mv SRC DST\n       mv SRC... DIR\n(files only: a move is a copy, then the source is removed)\n"
#include "util.h"

static bool move(const char* from, const char* to)
{
    stat_t info;
    if (io_stat(from, &info) == -1)
    {
        complain(from, errno);
        return false;
    }
    if (info.type == STAT_DIR)
    {
        writef(STDERR_FILENO, "%s: %s: cannot move a directory (no rename in the file system yet)\n", PROGRAM,
            from);
        return false;
    }
    char from_absolute[MAX_PATH], to_absolute[MAX_PATH];
    if (!absolute_path(from, from_absolute) || !absolute_path(to, to_absolute))
    {
        complain(from, errno);
        return false;
    }
    if (strcmp(from_absolute, to_absolute) == 0)
    {
        return true; // onto itself: nothing to do (and copying would empty it)
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
