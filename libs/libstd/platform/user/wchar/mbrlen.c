// The public form: a NULL state means this function's own internal state
// (kept here, in user space's platform code; see hosted/wchar/conversion.h).
#include "../../../hosted/wchar/conversion.h"

size_t mbrlen(const char* restrict s, size_t n, mbstate_t* restrict state)
{
    static mbstate_t internal;
    return _mbrtoc(NULL, s, n, state != NULL ? state : &internal);
}
