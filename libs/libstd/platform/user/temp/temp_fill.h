// The X's of mkstemp's and mkdtemp's templates (private).
#ifndef _LIBSTD_TEMP_FILL_H
#define _LIBSTD_TEMP_FILL_H 1

#include <stdbool.h>

/** How many names mkstemp and mkdtemp try before giving up (EEXIST). */
#define TEMP_TRIES 100

/**
 * Check that @p template ends in six X's (EINVAL otherwise) and give
 * *@p xs their place. The template is left unchanged when it is refused.
 */
bool _temp_check(char* template, char** xs);

/** Write a fresh choice of six letters and digits at @p xs. */
void _temp_fill(char* xs);

#endif
