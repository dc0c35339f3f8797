#include <complex.h>
#include <math.h>

float cimagf(float _Complex z)
{
    return __imag__ z;
}
