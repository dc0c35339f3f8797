// The float version: in double (complex.h).
#include <complex.h>

float _Complex ctanhf(float _Complex z)
{
    return (float _Complex)ctanh(z);
}
