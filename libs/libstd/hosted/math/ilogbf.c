#include <math.h>

int ilogbf(float x)
{
    return ilogb(x);
}
