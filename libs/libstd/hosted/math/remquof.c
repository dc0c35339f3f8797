#include <math.h>

float remquof(float x, float y, int* quotient)
{
    return (float)remquo(x, y, quotient);
}
