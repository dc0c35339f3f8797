#include "scan.h"

#include <stdio.h>

utf8_result_t _scan_utf8(scan_input_t* in, int lead, uint32_t* code)
{
    if (lead == EOF)
    {
        return UTF8_END;
    }
    size_t extra;
    uint32_t min; // the smallest value of that length: shorter forms are invalid
    if (lead < 0x80)
    {
        *code = (uint32_t)lead;
        return UTF8_OK;
    }
    else if (lead >= 0xC0 && lead < 0xE0)
    {
        extra = 1;
        min = 0x80;
        *code = (uint32_t)lead & 0x1F;
    }
    else if (lead >= 0xE0 && lead < 0xF0)
    {
        extra = 2;
        min = 0x800;
        *code = (uint32_t)lead & 0x0F;
    }
    else if (lead >= 0xF0 && lead < 0xF5)
    {
        extra = 3;
        min = 0x10000;
        *code = (uint32_t)lead & 0x07;
    }
    else
    {
        return UTF8_INVALID;
    }
    while (extra-- > 0)
    {
        int c = _scan_get(in);
        if (c == EOF || (c & 0xC0) != 0x80)
        {
            _scan_unget(in, c);
            return UTF8_INVALID;
        }
        *code = *code << 6 | ((uint32_t)c & 0x3F);
    }
    bool surrogate = *code >= 0xD800 && *code <= 0xDFFF;
    return *code < min || surrogate || *code > 0x10FFFF ? UTF8_INVALID : UTF8_OK;
}
