#include <math.h>

long long llrintl(long double x)
{
    return lrintl(x);
}
