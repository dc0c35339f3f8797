// asinh z = log(z + sqrt(z^2 + 1)), computed for Re z >= 0 (no
// cancellation in the sum) and mirrored: asinh is odd.
#include "complex_ops.h"

#include <complex.h>
#include <math.h>

double _Complex casinh(double _Complex z)
{
    if (signbit(creal(z)))
    {
        return -casinh(-z);
    }
    return clog(z + csqrt(_complex_mul(z, z) + 1));
}
