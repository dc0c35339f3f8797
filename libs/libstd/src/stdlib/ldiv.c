#include <stdlib.h>

ldiv_t ldiv(long numerator, long denominator)
{
    // C99 and later truncate toward zero, so / and % already give what
    // ldiv returns; a compiler computes both with one division.
    return (ldiv_t){numerator / denominator, numerator % denominator};
}
