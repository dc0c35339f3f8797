#include "file.h"

#include <errno.h>
#include <string.h>

void perror(const char* prefix)
{
    // Read first: nothing below may change what is reported.
    const char* message = strerror(errno);
    if (prefix != NULL && prefix[0] != '\0')
    {
        fprintf(stderr, "%s: %s\n", prefix, message);
    }
    else
    {
        fprintf(stderr, "%s\n", message);
    }
}
