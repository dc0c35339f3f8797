#include <math.h>

float logbf(float x)
{
    return (float)logb(x);
}
