// The float version: in double (complex.h).
#include <complex.h>

float _Complex ccoshf(float _Complex z)
{
    return (float _Complex)ccosh(z);
}
