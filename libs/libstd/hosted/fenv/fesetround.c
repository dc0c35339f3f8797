#include "x87_sse.h"

int fesetround(int round)
{
    if ((round & ~ROUND_MASK) != 0)
    {
        return -1;
    }
    _x87_set_control((unsigned short)((_x87_control() & ~ROUND_MASK) | (unsigned)round));
    _mxcsr_set((_mxcsr_get() & ~(ROUND_MASK << MXCSR_ROUND_SHIFT)) | ((unsigned)round << MXCSR_ROUND_SHIFT));
    return 0;
}
