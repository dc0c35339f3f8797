#include <complex.h>
#include <math.h>

// From tanh x and tan y (below); for |x| > 22 the real part is +-1 to
// double's precision and the imaginary part 4 sin y cos y e^(-2|x|).
double _Complex ctanh(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    if (isinf(x))
    {
        return CMPLX(copysign(1.0, x), isfinite(y) ? copysign(0.0, sin(2 * y)) : copysign(0.0, y));
    }
    if (y == 0 && !isnan(x))
    {
        return CMPLX(tanh(x), y);
    }
    if (fabs(x) > 22)
    {
        double e = exp(-2 * fabs(x));
        return CMPLX(copysign(1.0, x), 4 * sin(y) * cos(y) * e);
    }
    // tanh z = (t + i s) / (1 + i t s) with t = tanh x, s = tan y:
    // (t (1 + s^2) + i s (1 - t^2)) / (1 + t^2 s^2).
    double t = tanh(x), s = tan(y);
    double d = 1 + s * s * t * t;
    return CMPLX(t * (1 + s * s) / d, s * (1 - t * t) / d);
}
