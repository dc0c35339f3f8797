// The long double version: in double (complex.h).
#include <complex.h>

long double _Complex cacosl(long double _Complex z)
{
    return (long double _Complex)cacos(z);
}
