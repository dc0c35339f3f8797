#include <math.h>

float fdimf(float x, float y)
{
    return __builtin_isnan(x) || __builtin_isnan(y) ? x + y : x > y ? x - y : 0.0f;
}
