// The float version: in double (complex.h).
#include <complex.h>

float _Complex clogf(float _Complex z)
{
    return (float _Complex)clog(z);
}
