#include "errors.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

// nextafter's step, on a float's bits.
float nextafterf(float x, float y)
{
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (x == y)
    {
        return y;
    }
    if (x == 0)
    {
        return y > 0 ? 0x1p-149f : -0x1p-149f;
    }
    union
    {
        float f;
        uint32_t u;
    } pun = {.f = x};
    bool away = (x < y) == (x > 0);
    pun.u = away ? pun.u + 1 : pun.u - 1;
    if (__builtin_isinf(pun.f) || (pun.u & 0x7F800000u) == 0)
    {
        errno = ERANGE;
    }
    return pun.f;
}
