#include "tcb.h"
#include "malloc_cache.h"
#include "tls.h"

#include <stdlib.h>
#include <sys/proc.h>

// crt0.o jumps here from _start with the arguments the kernel passed:
// rdi, rsi and rdx are argc, argv and envp (sys/syscall.h).

extern int main(int argc, char** argv);
extern void _init(void);

// Provided by the linker's default script around the constructor tables.
extern void (*__preinit_array_start[])(void) __attribute__((weak));
extern void (*__preinit_array_end[])(void) __attribute__((weak));
extern void (*__init_array_start[])(void) __attribute__((weak));
extern void (*__init_array_end[])(void) __attribute__((weak));

// The main thread's control block when the program has no thread-local
// variables; other threads keep theirs at the top of their stacks
// (thread_create_raw.c).
static _tcb_t main_tcb;

// With thread-local variables, the main thread's block and control block
// get pages of their own. main_tcb serves until then: mmap may set errno.
static void main_tls_install(void)
{
    _tls_init();
    size_t size = _tls_area_size();
    if (size <= sizeof(_tcb_t) + 16)
    {
        return; // no thread-local variables
    }
    char* area = mem_map(-1, NULL, size, PROT_READ | PROT_WRITE);
    if (area == NULL)
    {
        _Exit(EXIT_FAILURE);
    }
    _tcb_install(_tls_setup(area + size));
}

_Noreturn void _libstd_start(int argc, char** argv, char** envp)
{
    _tcb_install(&main_tcb); // before anything can touch errno
    main_tls_install();
    // The main thread's blocks end with the process, or thrd_exit gives
    // them back.
    static malloc_cache_t main_cache;
    _tcb_current()->malloc_cache = &main_cache;
    // The kernel's array is used as it is (stdlib/environ.c copies it on
    // the first change), before any constructor can call getenv.
    if (envp != NULL)
    {
        environ = envp;
    }
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
