#include "x87_sse.h"

int fegetenv(fenv_t* env)
{
    _x87_get_env(env);
    env->_mxcsr = _mxcsr_get();
    return 0;
}
