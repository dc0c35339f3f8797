#include <complex.h>
#include <math.h>

long double cargl(long double _Complex z)
{
    return (long double)carg(z);
}
