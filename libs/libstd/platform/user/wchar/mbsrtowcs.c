// The public form: a NULL state means this function's own internal state
// (kept here, in user space's platform code; see hosted/wchar/conversion.h).
#include "../../../hosted/wchar/conversion.h"

size_t mbsrtowcs(wchar_t* restrict dest, const char** restrict src, size_t count, mbstate_t* restrict state)
{
    static mbstate_t internal;
    return _mbsrtowcs(dest, src, count, state != NULL ? state : &internal);
}
