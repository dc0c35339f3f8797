// strtod's parser (hosted/stdlib/float_parser.h) on a wide string, for
// wcstod, wcstof and wcstold: the grammar is ASCII, so any other
// character ends the number.
#include "../stdlib/float_parser.h"
#include "parse_wide_float.h"

#include <errno.h>
#include <wctype.h>

uint64_t _parse_wide_float(const wchar_t* str, wchar_t** endptr, const binary_format_t* format)
{
    const wchar_t* p = str;
    while (iswspace((wint_t)*p))
    {
        p++;
    }
    float_parser_t parser;
    _float_parser_start(&parser);
    const wchar_t* end = str;
    for (; *p != 0 && *p < 0x80 && _float_parser_feed(&parser, (int)*p); p++)
    {
        if (_float_parser_complete(&parser))
        {
            end = p + 1;
        }
    }
    if (endptr != NULL)
    {
        *endptr = (wchar_t*)end;
    }
    if (end == str)
    {
        return 0;
    }
    bool range_error;
    uint64_t bits = _float_parser_value(&parser, format, &range_error);
    if (range_error)
    {
        errno = ERANGE;
    }
    return bits;
}
