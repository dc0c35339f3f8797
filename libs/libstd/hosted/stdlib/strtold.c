#include <stdlib.h>

// long double gets strtod's correctly rounded double, which it holds
// exactly (see stdlib.h).
long double strtold(const char* restrict str, char** restrict endptr)
{
    return strtod(str, endptr);
}
