#include "x87_sse.h"

int fegetexceptflag(fexcept_t* flags, int excepts)
{
    *flags = (fexcept_t)((_x87_status() | _mxcsr_get()) & (unsigned)excepts & FE_ALL_EXCEPT);
    return 0;
}
