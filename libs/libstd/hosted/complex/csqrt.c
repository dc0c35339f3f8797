#include <complex.h>
#include <math.h>

// Kahan's method: t = sqrt((|x| + |z|) / 2) is one part exactly enough,
// the other y / (2t); no cancellation. Annex G.6.4.2's cases first.
double _Complex csqrt(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    if (isinf(y))
    {
        return CMPLX(INFINITY, y);
    }
    if (isnan(x))
    {
        return CMPLX(x, y == y ? x : y);
    }
    if (isinf(x))
    {
        if (x > 0)
        {
            return CMPLX(x, isnan(y) ? y : copysign(0.0, y));
        }
        return CMPLX(isnan(y) ? y : 0.0, copysign(INFINITY, y));
    }
    if (isnan(y))
    {
        return CMPLX(y, y);
    }
    if (x == 0 && y == 0)
    {
        return CMPLX(0.0, y);
    }
    // Scaled so neither |x| + |z| overflows nor tiny parts lose bits.
    double scale = 1;
    if (fabs(x) > 0x1p1000 || fabs(y) > 0x1p1000)
    {
        x *= 0x1p-4, y *= 0x1p-4, scale = 0x1p2;
    }
    else if (fabs(x) < 0x1p-1000 && fabs(y) < 0x1p-1000)
    {
        x *= 0x1p200, y *= 0x1p200, scale = 0x1p-100;
    }
    double t = sqrt((fabs(x) + hypot(x, y)) / 2);
    if (x >= 0)
    {
        return CMPLX(t * scale, y / (2 * t) * scale);
    }
    return CMPLX(fabs(y) / (2 * t) * scale, copysign(t, y) * scale);
}
