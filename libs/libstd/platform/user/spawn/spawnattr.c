// posix_spawnattr_t: only flags that need nothing here are accepted.
#include <errno.h>
#include <spawn.h>

#define SPAWN_FLAGS_ACCEPTED (POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)

int posix_spawnattr_init(posix_spawnattr_t* attributes)
{
    attributes->flags = 0;
    return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t* attributes)
{
    (void)attributes;
    return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t* restrict attributes, short* restrict flags)
{
    *flags = attributes->flags;
    return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t* attributes, short flags)
{
    if ((flags & ~SPAWN_FLAGS_ACCEPTED) != 0)
    {
        return EINVAL;
    }
    attributes->flags = flags;
    return 0;
}
