// atan2(y, x): the special cases of C17 F.10.1.4, then atan(|y/x|) with
// the quotient as a double-double (so it adds no rounding error of its
// own), placed in the right quadrant.
#include "bits.h"
#include "errors.h"
#include "kernels.h"

#include <math.h>

static const dd_t PI = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};
static const dd_t PI_2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
static const double PI_4 = 0x1.921fb54442d18p-1;
static const double THREE_PI_4 = 0x1.2d97c7f3321d2p+1;

// atan2 of finite non-zero y and x.
static double finite_atan2(double y, double x)
{
    double ay = _abs(y), ax = _abs(x);
    int difference = _exponent_of(ay) - _exponent_of(ax);
    dd_t angle; // in [0, pi]
    if (difference > 60)
    {
        // |y/x| > 2^60: pi/2 -+ |x/y|.
        double small = ax / ay;
        angle = _dd_fast_sum(PI_2.hi, PI_2.lo + (x < 0 ? small : -small));
    }
    else if (difference < -60 && x > 0)
    {
        // |y/x| < 2^-60: atan(q) = q to far beyond double precision. The
        // quotient may underflow.
        return _with_sign(_check_range(ay / ax), y);
    }
    else if (difference < -60)
    {
        angle = _dd_fast_sum(PI.hi, PI.lo - ay / ax);
    }
    else
    {
        // Scale both to moderate sizes so the double-double steps neither
        // overflow nor underflow, then take the quotient.
        int shift = -_exponent_of(ax);
        dd_t quotient = _dd_div((dd_t){scalbn(ay, shift), 0.0}, (dd_t){scalbn(ax, shift), 0.0});
        angle = _atan_core(quotient);
        if (x < 0)
        {
            angle = _dd_add(PI, (dd_t){-angle.hi, -angle.lo});
        }
    }
    return _with_sign(angle.hi + angle.lo, y);
}

double atan2(double y, double x)
{
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (y == 0)
    {
        // +-0 for x > 0 or x = +0, +-pi for x < 0 or x = -0.
        return __builtin_signbit(x) ? _with_sign(PI.hi, y) : y;
    }
    if (__builtin_isinf(y))
    {
        double angle = __builtin_isinf(x) ? (x > 0 ? PI_4 : THREE_PI_4) : PI_2.hi;
        return _with_sign(angle, y);
    }
    if (x == 0)
    {
        return _with_sign(PI_2.hi, y);
    }
    if (__builtin_isinf(x))
    {
        return _with_sign(x > 0 ? 0.0 : PI.hi, y);
    }
    return finite_atan2(y, x);
}
