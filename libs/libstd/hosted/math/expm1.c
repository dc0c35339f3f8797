// e^x - 1. Below 2^-7 in magnitude its Taylor series, whose leading terms
// are exact or double-double; above, e^x from the exp kernel as a
// double-double, less 1, where the cancellation costs at most 7 bits of
// the kernel's 65.
#include "bits.h"
#include "errors.h"
#include "kernels.h"

#include <math.h>

#define SERIES_LIMIT 0x1p-7

double expm1(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (x > 709.8)
    {
        return __builtin_isinf(x) ? x : _range_error(HUGE_VAL);
    }
    if (x < -40)
    {
        return -1.0; // e^x is below half an ulp of 1
    }
    if (x > -SERIES_LIMIT && x < SERIES_LIMIT)
    {
        if (x == 0)
        {
            return x;
        }
        // x + x^2/2 + x^3 (1/6 + x/24 + ... + x^6/9!): the tail is below
        // 2^-8 of x, so doubles carry it well enough.
        static const double reciprocal_factorials[] = {
            1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        };
        double tail = 0;
        for (int k = 6; k >= 0; k--)
        {
            tail = reciprocal_factorials[k] + x * tail;
        }
        dd_t square = _dd_product(x, x);
        dd_t sum = _dd_fast_sum(x, 0.5 * square.hi);
        return _check_range(sum.hi + (sum.lo + 0.5 * square.lo + x * square.hi * tail));
    }
    int n;
    dd_t y = _exp_core((dd_t){x, 0.0}, &n);
    // y 2^n - 1: n is at most 1024, so the scaling is exact while the
    // result is finite; -1 is exact against either part.
    double scale = _power_of_two(n > 1023 ? 1023 : n);
    if (n > 1023)
    {
        y.hi *= 2;
        y.lo *= 2;
    }
    dd_t scaled = {y.hi * scale, y.lo * scale};
    dd_t result = _dd_add(scaled, (dd_t){-1.0, 0.0});
    return _check_range(result.hi + result.lo);
}
