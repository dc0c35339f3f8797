#include "tree.h"

#include <stdio.h>
#include <sys/io.h>

#define TREE_DEPTH 16
#define TREE_BATCH 16

// Remove what @p path holds, a batch at a time: each batch is read from
// the start again, since every removal moves the entries after it. No
// memory is allocated, so the supervisor's own heap does not grow here
// between its two counts of free pages.
static int tree_remove_at(const char* path, int depth);

static int tree_empty(const char* path, int depth)
{
    stat_t entries[TREE_BATCH];
    char inner[MAX_PATH];
    int failures = 0;
    for (;;)
    {
        fd_t fd = io_open(path);
        ssize_t got = fd == -1 ? -1 : io_readdir(fd, entries, TREE_BATCH);
        if (fd != -1)
        {
            close(fd);
        }
        if (got <= failures)
        {
            return failures; // empty, or only what cannot be removed is left
        }
        int batch_failures = 0;
        for (ssize_t i = 0; i < got; i++)
        {
            if (snprintf(inner, sizeof(inner), "%s/%s", path, entries[i].name) >= (int)sizeof(inner) ||
                tree_remove_at(inner, depth + 1) != 0)
            {
                batch_failures++;
            }
        }
        if (batch_failures == got)
        {
            return failures + batch_failures;
        }
        failures = batch_failures;
    }
}

static int tree_remove_at(const char* path, int depth)
{
    stat_t info;
    if (io_stat(path, &info) == -1)
    {
        return 0; // nothing there
    }
    int failures = info.type == STAT_DIR && depth < TREE_DEPTH ? tree_empty(path, depth) : 0;
    return failures + (remove(path) == -1);
}

int tree_remove(const char* path)
{
    return tree_remove_at(path, 0);
}
