#include <math.h>

// long long and long are both 64 bits.
long long llrint(double x)
{
    return lrint(x);
}
