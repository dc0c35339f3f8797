// The float version: in double (complex.h).
#include <complex.h>

float _Complex casinhf(float _Complex z)
{
    return (float _Complex)casinh(z);
}
