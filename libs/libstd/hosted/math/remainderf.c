#include <math.h>

float remainderf(float x, float y)
{
    return (float)remainder(x, y); // exact, so a float holds it
}
