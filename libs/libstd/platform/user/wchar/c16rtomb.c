// The public form: a NULL state means this function's own internal state
// (kept here, in user space's platform code; see hosted/wchar/conversion.h).
#include "../../../hosted/wchar/conversion.h"

size_t c16rtomb(char* restrict s, char16_t unit, mbstate_t* restrict state)
{
    static mbstate_t internal;
    return _c16rtomb(s, unit, state != NULL ? state : &internal);
}
