#include <complex.h>
#include <math.h>

long double cimagl(long double _Complex z)
{
    return __imag__ z;
}
