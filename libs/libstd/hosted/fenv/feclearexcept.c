#include "x87_sse.h"

int feclearexcept(int excepts)
{
    excepts &= FE_ALL_EXCEPT;
    _x87_clear(excepts);
    _mxcsr_set(_mxcsr_get() & ~(unsigned)excepts);
    return 0;
}
