#include "x87_sse.h"

int feupdateenv(const fenv_t* env)
{
    int raised = fetestexcept(FE_ALL_EXCEPT);
    fesetenv(env);
    feraiseexcept(raised);
    return 0;
}
