#include <threads.h>

int cnd_init(cnd_t* condition)
{
    *condition = (cnd_t){._sequence = 0, ._waiters = 0};
    return thrd_success;
}
