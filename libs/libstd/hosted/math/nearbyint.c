#include "../fenv/x87_sse.h"
#include "rounding.h"

#include <math.h>

// rint without the inexact flag: MXCSR's flags are put back as they were.
double nearbyint(double x)
{
    unsigned saved = _mxcsr_get();
    double rounded = _round_current(x);
    _mxcsr_set(saved);
    return rounded;
}
