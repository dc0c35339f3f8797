#include <math.h>

long double scalblnl(long double x, long n)
{
    return scalbnl(x, n > (1 << 30) ? 1 << 30 : n < -(1 << 30) ? -(1 << 30) : (int)n);
}
