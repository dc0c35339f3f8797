// The float version: in double (complex.h).
#include <complex.h>

float _Complex cprojf(float _Complex z)
{
    return (float _Complex)cproj(z);
}
