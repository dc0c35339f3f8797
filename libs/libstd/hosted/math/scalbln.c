#include <limits.h>
#include <math.h>

// Beyond +-2^30 every finite non-zero x overflows or underflows already.
double scalbln(double x, long n)
{
    int clamped = n > (1 << 30) ? 1 << 30 : n < -(1 << 30) ? -(1 << 30) : (int)n;
    return scalbn(x, clamped);
}
