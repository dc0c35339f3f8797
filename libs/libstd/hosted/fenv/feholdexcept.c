#include "x87_sse.h"

int feholdexcept(fenv_t* env)
{
    fegetenv(env);
    feclearexcept(FE_ALL_EXCEPT);
    return 0;
}
