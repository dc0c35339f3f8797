// mkdir [-p] DIR...: makes directories. With -p, the missing parents too,
// and a directory that is already there is not an error.
#define PROGRAM "mkdir"
#define USAGE "usage: mkdir [-p] DIR...\n"
#include "util.h"

// mkdir that, with @p keep, accepts a directory already there.
static int make(const char* path, bool keep)
{
    if (io_mkdir(path) == 0)
    {
        return 0;
    }
    stat_t info;
    int error = errno;
    if (keep && error == EEXIST && io_stat(path, &info) == 0 && info.type == STAT_DIR)
    {
        return 0;
    }
    errno = error;
    return -1;
}

// Make every directory along @p path, from the top: "a/b/c" makes "a",
// "a/b", then "a/b/c". Neither a root ("home:/", "/") nor a label is made.
static int make_parents(const char* path)
{
    char prefix[MAX_PATH];
    size_t length = strlen(path);
    if (length >= sizeof(prefix))
    {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (size_t i = 1; i < length; i++)
    {
        if (path[i] != '/' || path[i - 1] == ':' || path[i - 1] == '/')
        {
            continue;
        }
        memcpy(prefix, path, i);
        prefix[i] = '\0';
        if (make(prefix, true) == -1)
        {
            return -1;
        }
    }
    return make(path, true);
}

int main(int argc, char** argv)
{
    bool parents = false;
    options_t options = OPTIONS_INIT(argc, argv);
    while (options_next(&options, "p") != 0)
    {
        parents = true;
    }
    if (options.index == argc)
    {
        usage(EXIT_USAGE);
    }
    int status = 0;
    for (int i = options.index; i < argc; i++)
    {
        if ((parents ? make_parents(argv[i]) : make(argv[i], false)) == -1)
        {
            complain(argv[i], errno);
            status = 1;
        }
    }
    return status;
}
