// The float version: in double (complex.h).
#include <complex.h>

float _Complex ctanf(float _Complex z)
{
    return (float _Complex)ctan(z);
}
