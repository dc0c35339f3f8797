// The float version: in double (complex.h).
#include <complex.h>

float _Complex cexpf(float _Complex z)
{
    return (float _Complex)cexp(z);
}
