#include <complex.h>
#include <math.h>

long double cabsl(long double _Complex z)
{
    return (long double)cabs(z);
}
