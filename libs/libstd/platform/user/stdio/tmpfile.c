// tmpfile: a file in home:/tmp with a name no other stream uses, removed
// when the stream is closed or the program exits (streams.c).
#include "file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>

#define TMP_DIR "home:/tmp"
#define TRIES 100

static unsigned counter;

FILE* tmpfile(void)
{
    int saved = errno;
    if (mkdir(TMP_DIR) == -1 && errno != EEXIST)
    {
        return NULL;
    }
    errno = saved;
    for (int i = 0; i < TRIES; i++)
    {
        // The process id keeps processes apart, the counter calls.
        char path[MAX_PATH];
        unsigned n = __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
        snprintf(path, sizeof(path), TMP_DIR "/tmp-%ld-%u", (long)process_id(), n);
        stat_t info;
        if (stat(path, &info) == 0)
        {
            continue; // left by an earlier process with the same id
        }
        fd_t fd = openf("%s?create&trunc", path);
        if (fd == -1)
        {
            return NULL;
        }
        FILE* f = _file_new(fd, FILE_READ | FILE_WRITE);
        size_t length = strlen(path) + 1;
        char* name = f != NULL ? malloc(length) : NULL;
        if (name == NULL)
        {
            if (f != NULL)
            {
                fclose(f);
            }
            else
            {
                close(fd);
            }
            remove(path);
            errno = ENOMEM;
            return NULL;
        }
        memcpy(name, path, length);
        errno = saved; // the stat that found no file set it
        f->path = name;
        f->flags |= FILE_REMOVE;
        return f;
    }
    errno = EEXIST;
    return NULL;
}
