#include "file.h"

int fileno(FILE* f)
{
    return f->fd;
}
