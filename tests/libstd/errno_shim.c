// The host's stand-in for a platform's errno (libs/libstd/platform/*/errno.c):
// after objcopy it is pw__errno_location, which host_test.c reads.
#include <errno.h>

static int errno_value;

int* _errno_location(void)
{
    return &errno_value;
}
