// The public form: a NULL state means this function's own internal state
// (kept here, in user space's platform code; see hosted/wchar/conversion.h).
#include "../../../hosted/wchar/conversion.h"

size_t wcrtomb(char* restrict s, wchar_t wide, mbstate_t* restrict state)
{
    static mbstate_t internal;
    return _crtomb(s, (uint32_t)wide, state != NULL ? state : &internal);
}
