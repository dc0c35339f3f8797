// The public form: a NULL state means this function's own internal state
// (kept here, in user space's platform code; see hosted/wchar/conversion.h).
#include "../../../hosted/wchar/conversion.h"

size_t c32rtomb(char* restrict s, char32_t code, mbstate_t* restrict state)
{
    static mbstate_t internal;
    return _crtomb(s, code, state != NULL ? state : &internal);
}
