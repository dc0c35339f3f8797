#include "erf_core.h"
#include "kernels.h"

#include <math.h>

// 2/sqrt(pi) and 1/sqrt(pi) as hi + lo (mpmath at 60 digits).
static const dd_t TWO_OVER_ROOT_PI = {0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56};
static const dd_t ONE_OVER_ROOT_PI = {0x1.20dd750429b6dp-1, 0x1.1ae3a914fed80p-57};

// erf(x) = 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)). Below 2 the terms
// never exceed 2^5 and the sum is above x/2, so double-double arithmetic
// throughout leaves errors far below a double's ulp.
dd_t _erf_series(double x)
{
    dd_t square = _dd_product(x, x);
    dd_t term = {x, 0.0}; // x^(2n+1) / n!
    dd_t sum = term;
    for (int n = 1; n < 80; n++)
    {
        term = _dd_mul(term, square);
        term = _dd_div(term, (dd_t){(double)n, 0.0});
        dd_t part = _dd_div(term, (dd_t){(double)(2 * n + 1), 0.0});
        sum = _dd_add(sum, n % 2 == 1 ? (dd_t){-part.hi, -part.lo} : part);
        if (fabs(part.hi) < 0x1p-110 * fabs(sum.hi))
        {
            break;
        }
    }
    return _dd_mul(sum, TWO_OVER_ROOT_PI);
}

// erfc(x) = e^(-x^2) / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))),
// evaluated from the tail. Its terms needed for 2^-70 fall as 1/x^2:
// about 130 at 2, 40 at 4 (measured with mpmath).
dd_t _erfc_fraction(double x, int* exponent)
{
    int terms = 10 + (int)(500 / (x * x));
    dd_t denominator = {x, 0.0};
    for (int k = terms; k >= 1; k--)
    {
        dd_t quotient = _dd_div((dd_t){0.5 * k, 0.0}, denominator);
        denominator = _dd_add((dd_t){x, 0.0}, quotient);
    }
    dd_t square = _dd_product(x, x);
    dd_t e = _exp_core((dd_t){-square.hi, -square.lo}, exponent);
    dd_t y = _dd_div(_dd_mul(e, ONE_OVER_ROOT_PI), denominator);
    // Back into [0.5, 2) for the caller's _scale.
    int shift;
    frexp(y.hi, &shift);
    double factor = ldexp(1.0, -shift);
    *exponent += shift;
    return (dd_t){y.hi * factor, y.lo * factor};
}
