/**
 * @file stdlib.h
 * @brief General utilities (C17 7.22). Only process termination so far.
 */
#ifndef _STDLIB_H
#define _STDLIB_H 1

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/** Run the .fini_array destructors and _fini, then end the process. */
_Noreturn void exit(int status);
/** End the process at once, without running any clean-up. */
_Noreturn void _Exit(int status);

#endif
