// The float version: in double (complex.h).
#include <complex.h>

float _Complex cpowf(float _Complex z, float _Complex w)
{
    return (float _Complex)cpow(z, w);
}
