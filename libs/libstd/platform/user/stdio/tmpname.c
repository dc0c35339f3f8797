// The names of temporary files (tmpnam, tmpfile): home:/tmp/tmp-PID-N,
// the process id keeping processes apart and a counter the calls.
#include "tmpname.h"

#include <errno.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>

#define TMP_DIR "home:/tmp"

static unsigned counter;

bool _tmp_name(char path[L_tmpnam])
{
    int saved = errno;
    if (io_mkdir(TMP_DIR) == -1 && errno != EEXIST)
    {
        return false;
    }
    for (unsigned tries = 0; tries < TMP_NAME_TRIES; tries++)
    {
        unsigned n = __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
        snprintf(path, L_tmpnam, TMP_DIR "/tmp-%ld-%u", (long)process_id(), n);
        stat_t info;
        if (io_stat(path, &info) == -1)
        {
            errno = saved; // the stat that found no file set it
            return true;
        }
        // Left by an earlier process with the same id: the next number.
    }
    errno = EEXIST;
    return false;
}
