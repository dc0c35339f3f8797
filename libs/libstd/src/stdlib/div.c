#include <stdlib.h>

div_t div(int numerator, int denominator)
{
    // C99 and later truncate toward zero, so / and % already give what
    // div returns; a compiler computes both with one division.
    return (div_t){numerator / denominator, numerator % denominator};
}
