// The last step of the exponential family: y 2^n, rounded once, also when
// the result is subnormal (where scaling a rounded y would round twice).
#include "bits.h"
#include "kernels.h"

double _scale(dd_t y, int n)
{
    if (n > 1023)
    {
        // Overflows unless y is tiny, which it is not; two steps keep each
        // factor a double.
        int rest = n - 1023 > 1023 ? 1023 : n - 1023;
        return (y.hi + y.lo) * _power_of_two(1023) * _power_of_two(rest);
    }
    if (n >= -1021)
    {
        // A normal result (y >= 0.5): scaling by 2^n is exact.
        return (y.hi + y.lo) * _power_of_two(n);
    }

    // The result is below 2^-1021: y 2^n = v 2^-1022 with v = y 2^(n + 1022)
    // < 2, and the representable results are the multiples of 2^-52 in v.
    int m = n + 1022;
    if (m < -64)
    {
        return 0.0; // below 2^-1085: rounds to zero
    }
    double h = y.hi * _power_of_two(m);
    double l = y.lo * _power_of_two(m);
    if (h >= 1.0)
    {
        // A normal result after all; its spacing is that of v in [1, 2).
        return (h + l) * 0x1p-1022;
    }
    // 1 + v has exactly the spacing 2^-52: round it there once, with the
    // error of 1 + h folded in before that rounding.
    dd_t one_plus = _dd_fast_sum(1.0, h);
    double rounded = one_plus.hi + (one_plus.lo + l);
    return (rounded - 1.0) * 0x1p-1022;
}
