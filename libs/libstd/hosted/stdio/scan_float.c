#include "../../src/stdio/scan.h"
#include "../stdlib/float_parser.h"

#include <errno.h>
#include <stdio.h>

// Called by _scan (src/stdio/scan.c) in user space; see scan.h. The input
// item is the longest start of a number in strtod's grammar, so "1e+"
// followed by a letter is consumed and fails to match (C17 7.21.6.2p9).
// Overflow and underflow set errno to ERANGE, as strtod does.
scan_result_t _scan_float(scan_input_t* in, const scan_directive_t* d, va_list* ap)
{
    float_parser_t parser;
    _float_parser_start(&parser);
    size_t taken = 0;
    int c = EOF;
    while (taken < d->width && (c = _scan_get(in)) != EOF)
    {
        if (!_float_parser_feed(&parser, c))
        {
            _scan_unget(in, c);
            break;
        }
        taken++;
    }
    if (taken == 0)
    {
        return c == EOF ? SCAN_INPUT_FAILURE : SCAN_MATCHING_FAILURE;
    }
    if (!_float_parser_complete(&parser))
    {
        return SCAN_MATCHING_FAILURE;
    }
    if (d->suppress)
    {
        return SCAN_OK;
    }
    bool range_error;
    if (d->length == LENGTH_L || d->length == LENGTH_BIG_L)
    {
        // long double gets the double value, as strtold does.
        union
        {
            uint64_t bits;
            double value;
        } u = {.bits = _float_parser_value(&parser, &_binary64, &range_error)};
        if (d->length == LENGTH_L)
        {
            *va_arg(*ap, double*) = u.value;
        }
        else
        {
            *va_arg(*ap, long double*) = u.value;
        }
    }
    else
    {
        union
        {
            uint32_t bits;
            float value;
        } u = {.bits = (uint32_t)_float_parser_value(&parser, &_binary32, &range_error)};
        *va_arg(*ap, float*) = u.value;
    }
    if (range_error)
    {
        errno = ERANGE;
    }
    return SCAN_OK;
}
