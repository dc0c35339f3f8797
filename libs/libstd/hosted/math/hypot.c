// hypot(x, y) = sqrt(x^2 + y^2): both scaled by the same power of two to
// moderate sizes, the squares and their sum kept exactly as a
// double-double, and one Newton correction of the square root; the result
// is scaled back with a single rounding.
#include "bits.h"
#include "errors.h"
#include "kernels.h"
#include "sqrt_instruction.h"

#include <math.h>

double hypot(double x, double y)
{
    if (__builtin_isinf(x) || __builtin_isinf(y))
    {
        return HUGE_VAL; // even when the other one is a NaN
    }
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    double big = _abs(x), small = _abs(y);
    if (big < small)
    {
        double swap = big;
        big = small;
        small = swap;
    }
    if (small == 0)
    {
        return big;
    }
    int exponent = _exponent_of(big);
    if (exponent - _exponent_of(small) > 60)
    {
        return big + small; // small^2 is below 2^-120 of big^2
    }
    // big in [0.5, 1), small above 2^-62: the result in [0.5, 1.5).
    int shift = -exponent - 1;
    big = scalbn(big, shift);
    small = scalbn(small, shift);
    dd_t sum = _dd_add(_dd_product(big, big), _dd_product(small, small));
    double root = _sqrt_instruction(sum.hi);
    dd_t root_square = _dd_product(root, root);
    double correction = ((sum.hi - root_square.hi) - root_square.lo + sum.lo) / (2.0 * root);
    return _check_range(_scale(_dd_fast_sum(root, correction), -shift));
}
