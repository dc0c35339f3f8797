#include <inttypes.h>

imaxdiv_t imaxdiv(intmax_t numerator, intmax_t denominator)
{
    return (imaxdiv_t){numerator / denominator, numerator % denominator};
}
