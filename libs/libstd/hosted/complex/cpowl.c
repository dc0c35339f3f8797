// The long double version: in double (complex.h).
#include <complex.h>

long double _Complex cpowl(long double _Complex z, long double _Complex w)
{
    return (long double _Complex)cpow(z, w);
}
