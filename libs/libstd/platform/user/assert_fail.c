#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>

_Noreturn void _assert_fail(const char* expression, const char* file, int line, const char* function)
{
    // One write, so the line stays whole even with other threads writing;
    // snprintf needs no allocator, which may be what failed.
    char message[512];
    int length = snprintf(message, sizeof(message), "%s:%d: %s: assertion '%s' failed\n", file, line, function,
                          expression);
    if (length > (int)sizeof(message) - 1)
    {
        length = (int)sizeof(message) - 1;
        message[length - 1] = '\n';
    }
    if (length > 0)
    {
        write(STDERR_FILENO, message, (size_t)length);
    }
    abort();
}
