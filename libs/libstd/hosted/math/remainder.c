#include <math.h>

double remainder(double x, double y)
{
    int quotient;
    return remquo(x, y, &quotient);
}
