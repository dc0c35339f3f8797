#include <stdlib.h>

lldiv_t lldiv(long long numerator, long long denominator)
{
    // C99 and later truncate toward zero, so / and % already give what
    // lldiv returns; a compiler computes both with one division.
    return (lldiv_t){numerator / denominator, numerator % denominator};
}
