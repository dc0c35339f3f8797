#include <ctype.h>

int isgraph(int c)
{
    return c > ' ' && c < 0x7F;
}
