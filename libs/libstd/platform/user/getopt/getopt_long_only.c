#include "getopt_internal.h"

int getopt_long_only(int argc, char* const argv[], const char* optstring, const struct option* longopts,
                     int* longindex)
{
    return _getopt_parse(argc, argv, optstring, longopts, longindex, true);
}
