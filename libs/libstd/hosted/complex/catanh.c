// atanh z = (log(1 + z) - log(1 - z)) / 2. For finite z of moderate size
// the two logarithms are combined first, so that nothing is added to 1
// and rounded (which would cost a small z's result its low bits):
//   Re = log(|1 + z|^2 / |1 - z|^2) / 4 = log1p(4x / ((1 - x)^2 + y^2)) / 4
//   Im = arg((1 + z) conj(1 - z)) / 2 = atan2(2y, (1 - x)(1 + x) - y^2) / 2
// with x >= 0 (atanh is odd: mirrored otherwise), so log1p's argument is
// not near -1. The poles (+-1), infinities, NaNs and huge parts take the
// direct form.
#include "complex_ops.h"

#include <complex.h>
#include <math.h>

#define MODERATE 0x1p500

double _Complex catanh(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    if (fabs(x) < MODERATE && fabs(y) < MODERATE && !(fabs(x) == 1 && y == 0))
    {
        if (signbit(x))
        {
            return -catanh(-z);
        }
        double one_minus = 1 - x;
        double real = 0.25 * log1p(4 * x / (one_minus * one_minus + y * y));
        double imag = 0.5 * atan2(2 * y, one_minus * (1 + x) - y * y);
        return CMPLX(real, imag);
    }
    double _Complex d = clog(1 + z) - clog(1 - z);
    return CMPLX(creal(d) / 2, cimag(d) / 2);
}
