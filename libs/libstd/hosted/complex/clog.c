#include <complex.h>
#include <math.h>

// log|z| + i arg(z); near |z| = 1, log|z| is log1p of |z|^2 - 1, whose
// terms cancel exactly when computed as (x - 1)(x + 1) + y^2.
double _Complex clog(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    double ax = fabs(x), ay = fabs(y);
    double real;
    if (isinf(x) || isinf(y))
    {
        real = INFINITY;
    }
    else if (ax > ay ? (ax > 0.5 && ax < 2 && ay < 1) : (ay > 0.5 && ay < 2 && ax < 1))
    {
        double big = ax > ay ? ax : ay, small = ax > ay ? ay : ax;
        real = 0.5 * log1p((big - 1) * (big + 1) + small * small);
    }
    else
    {
        real = log(hypot(x, y)); // log(0) is -inf, with a pole error
    }
    return CMPLX(real, atan2(y, x));
}
