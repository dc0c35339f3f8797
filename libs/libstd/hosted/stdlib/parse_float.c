#include "float_parser.h"

#include <ctype.h>
#include <errno.h>

uint64_t _parse_float(const char* str, char** endptr, const binary_format_t* format)
{
    const char* p = str;
    while (isspace((unsigned char)*p))
    {
        p++;
    }
    float_parser_t parser;
    _float_parser_start(&parser);
    // The subject sequence ends after the last character that completed a
    // number: "1e+" converts "1", "infinit" converts "inf".
    const char* end = str;
    for (; *p != '\0' && _float_parser_feed(&parser, (unsigned char)*p); p++)
    {
        if (_float_parser_complete(&parser))
        {
            end = p + 1;
        }
    }
    if (endptr != NULL)
    {
        *endptr = (char*)end;
    }
    if (end == str)
    {
        return 0; // no conversion: +0
    }
    bool range_error;
    uint64_t bits = _float_parser_value(&parser, format, &range_error);
    if (range_error)
    {
        errno = ERANGE;
    }
    return bits;
}
