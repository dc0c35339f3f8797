#include "tcb.h"

#include <errno.h>

// Each thread's errno lives in its control block.
int* _errno_location(void)
{
    return &_tcb_current()->errno_value;
}
