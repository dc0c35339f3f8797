#include <math.h>

long double remainderl(long double x, long double y)
{
    int quotient;
    return remquol(x, y, &quotient);
}
