#include "x87_sse.h"

// What a program starts with: the x87 after fninit (64-bit precision,
// round to nearest, all masked) and MXCSR's reset value 0x1F80.
int fesetenv(const fenv_t* env)
{
    if (env == FE_DFL_ENV)
    {
        __asm__ volatile("fninit");
        _mxcsr_set(0x1F80);
        return 0;
    }
    _x87_set_env(env);
    _mxcsr_set(env->_mxcsr);
    return 0;
}
