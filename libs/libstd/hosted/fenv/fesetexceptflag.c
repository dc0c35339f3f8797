#include "x87_sse.h"

int fesetexceptflag(const fexcept_t* flags, int excepts)
{
    excepts &= FE_ALL_EXCEPT;
    _x87_clear(excepts);
    unsigned mxcsr = _mxcsr_get() & ~(unsigned)excepts;
    _mxcsr_set(mxcsr | (*flags & (unsigned)excepts));
    return 0;
}
