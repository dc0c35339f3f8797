#include "tmpname.h"

char* tmpnam(char* name)
{
    static char internal[L_tmpnam];
    char* path = name != NULL ? name : internal;
    return _tmp_name(path) ? path : NULL;
}
