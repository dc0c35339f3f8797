/* Thread-local storage (__thread / _Thread_local variables), private to
   libstd's user platform.

   Programs are static and the compiler reaches a thread-local variable at
   a fixed negative offset from FS (the "local exec" model): on x86-64 each
   thread's block of variables ends exactly where its control block
   (tcb.h) begins, and that address is aligned as the block requires. The
   block starts as a copy of the program's PT_TLS segment (initialised
   part, then zeros). */
#ifndef _LIBSTD_USER_TLS_H
#define _LIBSTD_USER_TLS_H 1

#include "tcb.h"

#include <stddef.h>

/* Find the program's PT_TLS segment; once, before the first _tls_setup. */
void _tls_init(void);

/* The bytes a thread's TLS block and control block need below a stack's
   top, alignment padding included. */
size_t _tls_area_size(void);

/* Build a thread's TLS block and control block just below @p top (any
   address); the control block, its self field set. The lowest byte used
   is at or above top - _tls_area_size(). */
_tcb_t* _tls_setup(void* top);

#endif
