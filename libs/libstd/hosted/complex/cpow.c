#include "complex_ops.h"

#include <complex.h>
#include <math.h>

double _Complex cpow(double _Complex z, double _Complex w)
{
    if (creal(z) == 0 && cimag(z) == 0)
    {
        if (cimag(w) == 0 && creal(w) > 0)
        {
            return CMPLX(0.0, 0.0);
        }
    }
    return cexp(_complex_mul(w, clog(z)));
}
