#include "x87_sse.h"

// fesetround keeps both units alike; SSE's is read.
int fegetround(void)
{
    return (int)((_mxcsr_get() >> MXCSR_ROUND_SHIFT) & ROUND_MASK);
}
