// acos z from the square roots of 1 - z and 1 + z (Kahan's form):
//   Re = 2 atan2(Re sqrt(1 - z), Re sqrt(1 + z))
//   Im = asinh(Im(conj(sqrt(1 + z)) sqrt(1 - z)))
// Unlike pi/2 - asin z, nothing cancels near z = 1, where acos z is small;
// the square roots carry the branch cuts and their signed zeros.
#include "complex_ops.h"

#include <complex.h>
#include <math.h>

double _Complex cacos(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y) || fabs(x) > 0x1p500 || fabs(y) > 0x1p500)
    {
        // Infinities, NaNs and huge parts: pi/2 - asin z, as before.
        double _Complex w = casin(z);
        return CMPLX(M_PI_2 - creal(w), -cimag(w));
    }
    double _Complex minus = csqrt(CMPLX(1 - x, -y));
    double _Complex plus = csqrt(CMPLX(1 + x, y));
    double real = 2 * atan2(creal(minus), creal(plus));
    double imag = asinh(creal(plus) * cimag(minus) - cimag(plus) * creal(minus));
    return CMPLX(real, imag);
}
