// The float version: in double (complex.h).
#include <complex.h>

float _Complex catanf(float _Complex z)
{
    return (float _Complex)catan(z);
}
