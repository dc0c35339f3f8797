// The native stat_t to POSIX's struct stat (sys/stat.h says how).
#ifndef _LIBSTD_STAT_CONVERT_H
#define _LIBSTD_STAT_CONVERT_H 1

#include <sys/io.h>
#include <sys/stat.h>

/** Fill @p info from @p native. */
void _stat_convert(const stat_t* native, struct stat* info);

#endif
