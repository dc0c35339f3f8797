// getopt's variables (POSIX) and its own progress between calls.
#include "getopt_internal.h"

char* optarg;
int optind = 1;
int opterr = 1;
int optopt = '?';

_getopt_progress_t _getopt_progress;
