#include <errno.h>

// One process-wide errno until user threads exist; it becomes per-thread
// storage then, which is why callers go through _errno_location().
static int errno_value;

int* _errno_location(void)
{
    return &errno_value;
}
