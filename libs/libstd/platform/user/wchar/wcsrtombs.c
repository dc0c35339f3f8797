// The public form: a NULL state means this function's own internal state
// (kept here, in user space's platform code; see hosted/wchar/conversion.h).
#include "../../../hosted/wchar/conversion.h"

size_t wcsrtombs(char* restrict dest, const wchar_t** restrict src, size_t count, mbstate_t* restrict state)
{
    static mbstate_t internal;
    return _wcsrtombs(dest, src, count, state != NULL ? state : &internal);
}
