// The float version: in double (complex.h).
#include <complex.h>

float _Complex conjf(float _Complex z)
{
    return (float _Complex)conj(z);
}
