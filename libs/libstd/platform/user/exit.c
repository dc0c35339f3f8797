#include "atexit.h"
#include "syscall.h"

#include <stdlib.h>

// Provided by the linker's default script around the destructor table.
extern void (*__fini_array_start[])(void) __attribute__((weak));
extern void (*__fini_array_end[])(void) __attribute__((weak));
// The .fini function assembled from crti.o, crtbegin/crtend and crtn.o.
extern void _fini(void);
// Writes out every stream (platform/user/stdio/streams.c). Weak: a program
// that uses no stream links none of stdio, and then it is null.
extern void _stdio_exit(void) __attribute__((weak));

_Noreturn void _Exit(int status)
{
    _sys_process_exit(status);
}

_Noreturn void exit(int status)
{
    // C17 7.22.4.4: atexit's handlers first, then the rest of the clean-up.
    _atexit_run();
    // Destructors run in the reverse order of their constructors.
    for (size_t i = __fini_array_end - __fini_array_start; i > 0; i--)
    {
        __fini_array_start[i - 1]();
    }
    _fini();
    // C17 7.22.4.4p4: then the streams, last, so handlers and destructors
    // can still write to them.
    if (_stdio_exit != NULL)
    {
        _stdio_exit();
    }
    _Exit(status);
}
