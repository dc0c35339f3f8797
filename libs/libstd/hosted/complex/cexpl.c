// The long double version: in double (complex.h).
#include <complex.h>

long double _Complex cexpl(long double _Complex z)
{
    return (long double _Complex)cexp(z);
}
