/* Names for temporary files, shared by tmpnam and tmpfile (private to
   libstd's user platform). */
#ifndef _LIBSTD_USER_STDIO_TMPNAME_H
#define _LIBSTD_USER_STDIO_TMPNAME_H 1

#include <stdbool.h>
#include <stdio.h>

/* Names tried before giving up, when earlier processes left files. */
#define TMP_NAME_TRIES 100

/* Store in @p path a name in home:/tmp (made if missing) that no file
   has; false with errno set when there is none. */
bool _tmp_name(char path[L_tmpnam]);

#endif
