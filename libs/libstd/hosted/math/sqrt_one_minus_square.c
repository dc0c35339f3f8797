// What asin and acos share: sqrt(1 - x^2) as a double-double, so that both
// can be written with atan of an exact-enough quotient.
#include "kernels.h"
#include "sqrt_instruction.h"

dd_t _sqrt_one_minus_square(double x)
{
    // 1 - x^2, exactly: for |x| >= 1/sqrt(2) the subtraction itself is
    // exact (Sterbenz); TwoSum catches the rest.
    dd_t square = _dd_product(x, x);
    dd_t difference = _dd_sum(1.0, -square.hi);
    difference = _dd_fast_sum(difference.hi, difference.lo - square.lo);

    // The square root of a double-double: one Newton step from the
    // correctly rounded root of the high part, with its exact square.
    double root = _sqrt_instruction(difference.hi);
    dd_t root_square = _dd_product(root, root);
    double correction = ((difference.hi - root_square.hi) - root_square.lo + difference.lo) / (2.0 * root);
    return _dd_fast_sum(root, correction);
}
