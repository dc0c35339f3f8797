// The float version: sqrt in double (exact in double; sqrt's second rounding is innocuous (double has more than 2 x 24 + 2 bits)).
#include <math.h>

float sqrtf(float x)
{
    return (float)sqrt(x);
}
