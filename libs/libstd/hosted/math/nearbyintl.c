#include <math.h>

// frndint with the x87's environment, flags included, put back afterwards
// (fnstenv before anything is pushed, so the stack top is the same).
long double nearbyintl(long double x)
{
    char environment[28];
    __asm__ volatile("fnstenv %0" : "=m"(environment));
    __asm__ volatile("frndint" : "+t"(x));
    __asm__ volatile("fldenv %0" : : "m"(environment));
    return x;
}
