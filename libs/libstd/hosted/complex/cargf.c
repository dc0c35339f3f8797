#include <complex.h>
#include <math.h>

float cargf(float _Complex z)
{
    return (float)carg(z);
}
