#include <threads.h>

int mtx_init(mtx_t* mutex, int type)
{
    if (type != mtx_plain && type != mtx_timed && type != (mtx_plain | mtx_recursive) &&
        type != (mtx_timed | mtx_recursive))
    {
        return thrd_error;
    }
    *mutex = (mtx_t){._state = 0, ._type = type, ._owner = NULL, ._depth = 0};
    return thrd_success;
}
