// POSIX's locking of a stream across calls; the lock is recursive, so the
// calls made while holding it take it again without waiting.
#include "file.h"

void flockfile(FILE* f)
{
    _file_lock(f);
}

int ftrylockfile(FILE* f)
{
    return _file_trylock(f) ? 0 : -1;
}

void funlockfile(FILE* f)
{
    _file_unlock(f);
}
