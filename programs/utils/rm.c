// rm [-r] [-f] PATH...: removes files. A directory needs -r, which removes
// everything in it first. -f: a missing path is not an error.
#define PROGRAM "rm"
#define USAGE "usage: rm [-r] [-f] PATH...\n"
#include "util.h"

static bool recursive, force;

static bool remove_path(const char* path);

// Remove what is in the directory @p path.
static bool empty_directory(const char* path)
{
    size_t count;
    stat_t* entries = list_directory(path, &count);
    if (entries == NULL)
    {
        complain(path, errno);
        return false;
    }
    bool ok = true;
    for (size_t i = 0; ok && i < count; i++)
    {
        char child[MAX_PATH];
        ok = join_path(child, path, entries[i].name);
        if (!ok)
        {
            complain(path, errno);
            break;
        }
        ok = remove_path(child);
    }
    free(entries);
    return ok;
}

static bool remove_path(const char* path)
{
    stat_t info;
    if (io_stat(path, &info) == -1)
    {
        if (force && errno == ENOENT)
        {
            return true;
        }
        complain(path, errno);
        return false;
    }
    if (info.type == STAT_DIR)
    {
        if (!recursive)
        {
            complain(path, EISDIR);
            return false;
        }
        if (!empty_directory(path))
        {
            return false;
        }
    }
    if (remove(path) == -1)
    {
        complain(path, errno);
        return false;
    }
    return true;
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    int letter;
    while ((letter = options_next(&options, "rf")) != 0)
    {
        if (letter == 'r')
        {
            recursive = true;
        }
        else
        {
            force = true;
        }
    }
    if (options.index == argc)
    {
        usage(EXIT_USAGE);
    }
    int status = 0;
    for (int i = options.index; i < argc; i++)
    {
        status |= !remove_path(argv[i]);
    }
    return status;
}
