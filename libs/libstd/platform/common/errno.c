#include <errno.h>

// One errno for the whole program. Every platform uses this until it has
// threads: the kernel's becomes per-thread with the scheduler, user space's
// with user threads; callers already go through _errno_location() for that.
static int errno_value;

int* _errno_location(void)
{
    return &errno_value;
}
