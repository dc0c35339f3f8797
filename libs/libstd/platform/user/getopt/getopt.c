#include "getopt_internal.h"

#include <unistd.h>

int getopt(int argc, char* const argv[], const char* optstring)
{
    return _getopt_parse(argc, argv, optstring, NULL, NULL, false);
}
