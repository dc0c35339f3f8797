#include "getopt_internal.h"

#include <stdarg.h>
#include <stdio.h>

void _getopt_complain(const _getopt_mode_t* mode, char* const argv[], const char* format, ...)
{
    if (opterr == 0 || mode->quiet)
    {
        return;
    }
    // One fputs of the whole line, so it is not interleaved with others.
    char line[256];
    int used = snprintf(line, sizeof(line), "%s: ", argv[0] != NULL ? argv[0] : "");
    va_list args;
    va_start(args, format);
    vsnprintf(line + used, sizeof(line) - (size_t)used, format, args);
    va_end(args);
    fputs(line, stderr);
}
