#include "x87_sse.h"

int fetestexcept(int excepts)
{
    return (int)((_x87_status() | _mxcsr_get()) & (unsigned)excepts & FE_ALL_EXCEPT);
}
