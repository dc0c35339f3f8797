// The float version: in double (complex.h).
#include <complex.h>

float _Complex csinf(float _Complex z)
{
    return (float _Complex)csin(z);
}
