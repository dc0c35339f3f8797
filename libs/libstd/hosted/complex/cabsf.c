#include <complex.h>
#include <math.h>

float cabsf(float _Complex z)
{
    return (float)cabs(z);
}
