#include <complex.h>
#include <math.h>

double creal(double _Complex z)
{
    return __real__ z;
}
