// C's rename is the system's: atomic, on one label (EXDEV across labels).
#include <stdio.h>
#include <sys/io.h>

int rename(const char* from, const char* to)
{
    return io_rename(from, to);
}
