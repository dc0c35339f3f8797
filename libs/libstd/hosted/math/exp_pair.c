// e^x and e^-x together, for sinh and cosh between |x| = 1 and 22.
#include "bits.h"
#include "hyperbolic.h"
#include "kernels.h"

void _exp_pair(double x, dd_t* positive, dd_t* negative)
{
    int n;
    dd_t y = _exp_core((dd_t){x, 0.0}, &n);
    // n <= 32 here, so the scaling is exact.
    double scale = _power_of_two(n);
    *positive = (dd_t){y.hi * scale, y.lo * scale};
    *negative = _dd_div((dd_t){1.0, 0.0}, *positive);
}
