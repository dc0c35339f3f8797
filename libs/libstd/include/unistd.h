/**
 * @file unistd.h
 * @brief POSIX's unistd.h. For now only the parts of the POSIX layer that
 * need no kernel support: getopt and its variables (see getopt.h). The
 * rest of the layer (read, write, close, lseek, getcwd, unlink, ...) comes
 * later: some of those names are native calls with other signatures today
 * (read, write and close in sys/io.h use fd_t), so they are declared here
 * only once their POSIX forms exist.
 */
#ifndef _UNISTD_H
#define _UNISTD_H 1

#include <stddef.h>
#include <sys/types.h>

/** The argument of the option getopt just returned, or NULL. */
extern char* optarg;
/** The index in argv of getopt's next element; starts at 1. */
extern int optind;
/** Nonzero (the default): getopt reports errors on stderr. */
extern int opterr;
/** The option character that caused getopt's last error. */
extern int optopt;

/** The next option in argv (getopt.h describes it in full). */
int getopt(int argc, char* const argv[], const char* optstring);

#endif
