// cp [-r] SRC DST, cp [-r] SRC... DIR: copies files; with -r, directories
// and everything in them. When the last operand is a directory, each
// source is copied into it under its own name.
#define PROGRAM "cp"
#define USAGE "usage: cp [-r] SRC DST\n       cp [-r] SRC... DIR\n"
#include "util.h"

static bool recursive;

static bool copy_path(const char* from, const char* to)
{
    stat_t info;
    if (io_stat(from, &info) == -1)
    {
        complain(from, errno);
        return false;
    }
    // Copying onto itself would empty the file first; into itself, a
    // directory would be copied again and again.
    char from_absolute[MAX_PATH], to_absolute[MAX_PATH];
    if (!absolute_path(from, from_absolute) || !absolute_path(to, to_absolute))
    {
        complain(from, errno);
        return false;
    }
    size_t length = strlen(from_absolute);
    if (strcmp(from_absolute, to_absolute) == 0 ||
        (strncmp(from_absolute, to_absolute, length) == 0 &&
            (to_absolute[length] == '/' || from_absolute[length - 1] == '/'))) // a root ends in '/'
    {
        writef(STDERR_FILENO, "%s: %s: cannot copy onto or into itself\n", PROGRAM, from);
        return false;
    }
    if (info.type != STAT_DIR)
    {
        return copy_file(from, to);
    }
    if (!recursive)
    {
        writef(STDERR_FILENO, "%s: %s: %s (use -r)\n", PROGRAM, from, strerror(EISDIR));
        return false;
    }
    size_t count;
    stat_t* entries = list_directory(from, &count);
    if (entries == NULL)
    {
        complain(from, errno);
        return false;
    }
    stat_t there;
    bool ok = io_mkdir(to) == 0 || (errno == EEXIST && io_stat(to, &there) == 0 && there.type == STAT_DIR);
    if (!ok)
    {
        complain(to, errno);
    }
    for (size_t i = 0; ok && i < count; i++)
    {
        char child_from[MAX_PATH], child_to[MAX_PATH];
        if (!join_path(child_from, from, entries[i].name) || !join_path(child_to, to, entries[i].name))
        {
            complain(from, errno);
            ok = false;
            break;
        }
        ok = copy_path(child_from, child_to);
    }
    free(entries);
    return ok;
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    while (options_next(&options, "r") != 0)
    {
        recursive = true;
    }
    int sources = argc - options.index - 1;
    if (sources < 1)
    {
        usage(EXIT_USAGE);
    }
    return each_into_target(argv + options.index, sources, argv[argc - 1], copy_path);
}
