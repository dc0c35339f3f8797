#include <math.h>

float scalblnf(float x, long n)
{
    // Beyond +-2^30 every finite non-zero x overflows or underflows already.
    return scalbnf(x, n > (1 << 30) ? 1 << 30 : n < -(1 << 30) ? -(1 << 30) : (int)n);
}
