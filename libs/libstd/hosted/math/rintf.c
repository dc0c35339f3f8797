#include <math.h>

float rintf(float x)
{
    return (float)rint(x); // an integer of at most 24 bits: exact
}
