#include <math.h>

// frndint with the x87's environment, flags included, put back afterwards.
// One asm statement, so the stack is the same at fnstenv and fldenv.
long double nearbyintl(long double x)
{
    char environment[28];
    __asm__ volatile("fnstenv %1\n\tfrndint\n\tfldenv %1" : "+t"(x), "=m"(environment));
    return x;
}
