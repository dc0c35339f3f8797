// The float version: in double (complex.h).
#include <complex.h>

float _Complex cacosf(float _Complex z)
{
    return (float _Complex)cacos(z);
}
