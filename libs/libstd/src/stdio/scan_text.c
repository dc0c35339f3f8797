#include "scan.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>

// %c %s %[ (C17 7.21.6.2p12). With l they read UTF-8 and store wchar_t;
// the field width then counts characters, not bytes.

static bool in_set(const scan_directive_t* d, int c)
{
    return (d->set[c / 8] >> (c % 8) & 1) != 0;
}

// Whether the character starting with byte c ends the field. The bytes of
// a %l[ set stand for ASCII characters; any other character belongs only
// to a negated set, which can be told from its first byte, so the byte can
// still be pushed back.
static bool ends_field(const scan_directive_t* d, int c)
{
    switch (d->conversion)
    {
    case 's':
        return isspace(c);
    case '[':
        return c >= 0x80 && d->length == LENGTH_L ? !d->negated : !in_set(d, c);
    default:
        return false; // %c takes every byte
    }
}

scan_result_t _scan_text(scan_input_t* in, const scan_directive_t* d, va_list* ap)
{
    bool wide = d->length == LENGTH_L;
    size_t width = d->conversion == 'c' && d->width == SIZE_MAX ? 1 : d->width;
    char* narrow = NULL;
    wchar_t* wide_dest = NULL;
    if (!d->suppress && wide)
    {
        wide_dest = va_arg(*ap, wchar_t*);
    }
    else if (!d->suppress)
    {
        narrow = va_arg(*ap, char*);
    }

    size_t n = 0;
    int c = EOF;
    while (n < width && (c = _scan_get(in)) != EOF)
    {
        if (ends_field(d, c))
        {
            _scan_unget(in, c);
            break;
        }
        uint32_t code = (uint32_t)c;
        if (wide && _scan_utf8(in, c, &code) != UTF8_OK)
        {
            errno = EILSEQ;
            return SCAN_MATCHING_FAILURE;
        }
        if (wide_dest != NULL)
        {
            wide_dest[n] = (wchar_t)code;
        }
        else if (narrow != NULL)
        {
            narrow[n] = (char)c;
        }
        n++;
    }
    if (n == 0)
    {
        return c == EOF ? SCAN_INPUT_FAILURE : SCAN_MATCHING_FAILURE;
    }
    if (d->conversion == 'c')
    {
        // The input item of %c is exactly `width` characters: fewer, cut
        // by the end of the input, do not match.
        return n == width ? SCAN_OK : SCAN_MATCHING_FAILURE;
    }
    if (wide_dest != NULL)
    {
        wide_dest[n] = 0;
    }
    else if (narrow != NULL)
    {
        narrow[n] = '\0';
    }
    return SCAN_OK;
}
