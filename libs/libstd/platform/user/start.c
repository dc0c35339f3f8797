#include "tcb.h"

#include <stdlib.h>

// crt0.o jumps here from _start with the arguments the kernel passed.

extern int main(int argc, char** argv);
extern void _init(void);

// Provided by the linker's default script around the constructor tables.
extern void (*__preinit_array_start[])(void) __attribute__((weak));
extern void (*__preinit_array_end[])(void) __attribute__((weak));
extern void (*__init_array_start[])(void) __attribute__((weak));
extern void (*__init_array_end[])(void) __attribute__((weak));

// The main thread's control block; other threads keep theirs at the top
// of their stacks (thread_create_raw.c).
static _tcb_t main_tcb;

_Noreturn void _libstd_start(int argc, char** argv)
{
    _tcb_install(&main_tcb); // before anything can touch errno
    for (size_t i = 0; i < (size_t)(__preinit_array_end - __preinit_array_start); i++)
    {
        __preinit_array_start[i]();
    }
    _init();
    for (size_t i = 0; i < (size_t)(__init_array_end - __init_array_start); i++)
    {
        __init_array_start[i]();
    }
    exit(main(argc, argv));
}
