// The float version: in double (complex.h).
#include <complex.h>

float _Complex catanhf(float _Complex z)
{
    return (float _Complex)catanh(z);
}
