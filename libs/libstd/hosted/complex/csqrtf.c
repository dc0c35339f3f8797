// The float version: in double (complex.h).
#include <complex.h>

float _Complex csqrtf(float _Complex z)
{
    return (float _Complex)csqrt(z);
}
