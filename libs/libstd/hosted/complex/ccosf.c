// The float version: in double (complex.h).
#include <complex.h>

float _Complex ccosf(float _Complex z)
{
    return (float _Complex)ccos(z);
}
