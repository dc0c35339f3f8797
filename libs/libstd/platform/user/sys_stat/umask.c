#include <stdatomic.h>
#include <sys/stat.h>

// Kept only so umask returns what was set before (sys/stat.h).
static _Atomic mode_t umask_current = 022;

mode_t umask(mode_t mask)
{
    return atomic_exchange(&umask_current, mask & 0777);
}
