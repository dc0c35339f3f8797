// The float version: in double (complex.h).
#include <complex.h>

float _Complex cacoshf(float _Complex z)
{
    return (float _Complex)cacosh(z);
}
