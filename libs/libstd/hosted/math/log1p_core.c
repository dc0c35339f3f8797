// log(1 + a) and log(a) for double-double arguments, for log1p, the
// inverse hyperbolic functions and lgamma. Near 0, log1p's Taylor series
// keeps the relative accuracy that log(1 + a) would lose when 1 + a is
// rounded; elsewhere log(hi) + lo / hi (the rest of log's series is below
// 2^-106).
#include "kernels.h"
#include "log1p_core.h"

// Where the series takes over, and its terms: (-1)^(k+1) / k for k = 3
// to 12, enough below 2^-7 (the next term is under 2^-91 relative).
#define SERIES_LIMIT 0x1p-7

dd_t _log_dd(dd_t a)
{
    dd_t log_hi = _log_core(a.hi);
    return _dd_fast_sum(log_hi.hi, log_hi.lo + a.lo / a.hi);
}

dd_t _log1p_dd(dd_t a)
{
    if (a.hi > -SERIES_LIMIT && a.hi < SERIES_LIMIT)
    {
        // a - a^2/2 + a^3 (1/3 - a/4 + ...): the first two terms in
        // double-double, the rest (below 2^-21 relative) in double.
        double x = a.hi;
        double tail = 1.0 / 12;
        for (int k = 11; k >= 3; k--)
        {
            tail = 1.0 / k - x * tail;
        }
        dd_t square = _dd_mul(a, a);
        dd_t sum = _dd_add(a, (dd_t){-0.5 * square.hi, -0.5 * square.lo});
        return _dd_add(sum, (dd_t){x * square.hi * tail, 0.0});
    }
    dd_t u = _dd_add((dd_t){1.0, 0.0}, a);
    return _log_dd(u);
}
