// 2^x = 2^n 2^(j/128) 2^r with x = n + j/128 + r and |r| <= 1/256: the
// table of exp_core.c and a polynomial for 2^r. Integers give exact
// powers of two.
#include "bits.h"
#include "errors.h"
#include "kernels.h"
#include "tables.h"

#include <math.h>
#include <stdint.h>

// (2^r - 1) / r for |r| <= 1/256: minimax polynomial of degree 4, error
// 2^-54.8 (tools/math/polynomials.py exp2).
static const double P0 = 0x1.62e42fefa39efp-1;
static const double P1 = 0x1.ebfbdff82c3fbp-3;
static const double P2 = 0x1.c6b08d7049f20p-5;
static const double P3 = 0x1.3b2abd4ad2559p-7;
static const double P4 = 0x1.5d880577f075ap-10;

double exp2(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (x >= 1024)
    {
        return __builtin_isinf(x) ? x : _range_error(HUGE_VAL);
    }
    if (x < -1076) // below half the smallest subnormal
    {
        return __builtin_isinf(x) ? 0.0 : _range_error(0.0);
    }
    double kd = _round_to_integer(x * (1 << _EXP_TABLE_BITS));
    int64_t k = (int64_t)kd;
    double r = x - kd * (1.0 / (1 << _EXP_TABLE_BITS)); // exact
    double p = r * (P0 + r * (P1 + r * (P2 + r * (P3 + r * P4))));

    const double* t = _exp_table[k & ((1 << _EXP_TABLE_BITS) - 1)];
    dd_t y = _dd_fast_sum(t[0], t[0] * p + t[1] * (1.0 + p));
    return _check_range(_scale(y, (int)(k >> _EXP_TABLE_BITS)));
}
