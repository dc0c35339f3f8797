// The float version: in double (complex.h).
#include <complex.h>

float _Complex casinf(float _Complex z)
{
    return (float _Complex)casin(z);
}
