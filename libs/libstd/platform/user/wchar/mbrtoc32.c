// The public form: a NULL state means this function's own internal state
// (kept here, in user space's platform code; see hosted/wchar/conversion.h).
#include "../../../hosted/wchar/conversion.h"

size_t mbrtoc32(char32_t* restrict code, const char* restrict s, size_t n, mbstate_t* restrict state)
{
    static mbstate_t internal;
    uint32_t value;
    size_t result = _mbrtoc(&value, s, n, state != NULL ? state : &internal);
    if (code != NULL && s != NULL && result != (size_t)-1 && result != (size_t)-2)
    {
        *code = value;
    }
    return result;
}
