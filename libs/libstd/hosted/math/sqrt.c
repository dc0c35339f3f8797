#include "errors.h"
#include "sqrt_instruction.h"

#include <math.h>

double sqrt(double x)
{
    if (x < 0)
    {
        return _domain_error(); // -0 is not below 0: sqrt(-0) is -0
    }
    return _sqrt_instruction(x);
}
