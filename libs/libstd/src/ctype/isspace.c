#include <ctype.h>

int isspace(int c)
{
    // '\t' '\n' '\v' '\f' '\r' are contiguous in ASCII.
    return c == ' ' || (c >= '\t' && c <= '\r');
}
