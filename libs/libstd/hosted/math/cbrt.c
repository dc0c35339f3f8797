// The cube root: x = m 2^(3k) with m in [1, 8); Newton's iteration in
// double from a first guess gets within an ulp or so of cbrt(m), and one
// more step with the residual m - y^3 in double-double (exact enough that
// the correction's own rounding is all that is left) brings it within
// about half an ulp.
#include "bits.h"
#include "double_double.h"

#include <math.h>

double cbrt(double x)
{
    if (x == 0 || !__builtin_isfinite(x))
    {
        return x + x;
    }
    int exponent = _exponent_of(x);
    int k = exponent >= 0 ? exponent / 3 : -((-exponent + 2) / 3);
    double m = _abs(scalbn(x, -3 * k)); // in [1, 8)
    // A guess within about 5%: a line through (1, 1) and (8, 2) bent a little.
    double y = 0.53 + 0.47 * m / (1 + 0.19 * (m - 1));
    for (int i = 0; i < 5; i++)
    {
        y = y - (y * y * y - m) / (3 * y * y);
    }
    dd_t square = _dd_product(y, y);
    dd_t cube = _dd_mul_d(square, y);
    dd_t residual = _dd_add((dd_t){m, 0.0}, (dd_t){-cube.hi, -cube.lo});
    y += (residual.hi + residual.lo) / (3 * square.hi);
    return _with_sign(scalbn(y, k), x);
}
