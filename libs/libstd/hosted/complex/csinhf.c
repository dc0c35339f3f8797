// The float version: in double (complex.h).
#include <complex.h>

float _Complex csinhf(float _Complex z)
{
    return (float _Complex)csinh(z);
}
