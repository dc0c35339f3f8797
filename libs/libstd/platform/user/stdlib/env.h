// The environment's shared parts (environ.c), used by getenv, setenv,
// unsetenv and putenv.
#ifndef _LIBSTD_ENV_H
#define _LIBSTD_ENV_H 1

#include <stdbool.h>
#include <stddef.h>

extern char** environ;

/** The index in environ of the entry "NAME=..." whose NAME is the first @p length bytes of @p name, or -1. */
long _env_find(const char* name, size_t length);
/**
 * Make @p entry ("NAME=value", NAME @p name_length bytes) the entry for its
 * name, replacing an existing one or adding it. @p owned: setenv allocated
 * it, so it is freed when replaced or removed. 0, or -1 with ENOMEM.
 */
int _env_set(char* entry, size_t name_length, bool owned);
/** Remove every entry for the first @p length bytes of @p name. 0, or -1 with ENOMEM. */
int _env_remove(const char* name, size_t length);
/** Whether @p name is a valid variable name for setenv and unsetenv: not empty, no '='. */
bool _env_name_valid(const char* name);

#endif
