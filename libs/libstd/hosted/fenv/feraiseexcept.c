#include "x87_sse.h"

// Every exception is masked, so raising one is setting its flag; MXCSR's
// is enough for fetestexcept, which reads both units.
int feraiseexcept(int excepts)
{
    _mxcsr_set(_mxcsr_get() | ((unsigned)excepts & FE_ALL_EXCEPT));
    return 0;
}
