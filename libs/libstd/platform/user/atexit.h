/* atexit's handlers, run by exit() (private to libstd's user platform). */
#ifndef _LIBSTD_USER_ATEXIT_H
#define _LIBSTD_USER_ATEXIT_H 1

/* Run the handlers atexit registered, the last one first; each runs once
   even if one of them calls exit again. */
void _atexit_run(void);

#endif
