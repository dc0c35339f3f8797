#include "scan.h"

#include "../wchar/utf8.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

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

// The wide scanf family's: whether character @p code ends the field.
static bool ends_field_code(const scan_directive_t* d, uint32_t code)
{
    switch (d->conversion)
    {
    case 's':
        return code < 0x80 && isspace((int)code);
    case '[':
        return _scan_set_lists(d, code) == d->negated;
    default:
        return false;
    }
}

// The next whole character of the wide scanf family's input into *code,
// and its bytes: 0 at the end, (size_t)-1 for bytes that are not UTF-8,
// FIELD_ENDED for one that ends the field, which goes back whole.
#define FIELD_ENDED ((size_t)-2)

static size_t next_character(scan_input_t* in, const scan_directive_t* d, uint32_t* code, char* bytes)
{
    int c = _scan_get(in);
    if (c == EOF)
    {
        return 0;
    }
    if (_scan_utf8(in, c, code) != UTF8_OK)
    {
        return (size_t)-1;
    }
    size_t length = _utf8_encode(*code, bytes);
    if (ends_field_code(d, *code))
    {
        for (size_t i = length; i > 0; i--)
        {
            _scan_unget(in, (unsigned char)bytes[i - 1]);
        }
        return FIELD_ENDED;
    }
    return length;
}

// _scan_text for the wide scanf family: the field is made of characters,
// stored as wchar_t (l) or as their UTF-8 bytes.
static scan_result_t scan_characters(scan_input_t* in, const scan_directive_t* d, va_list* ap, size_t width)
{
    char* narrow = NULL;
    wchar_t* wide_dest = NULL;
    if (!d->suppress && d->length == LENGTH_L)
    {
        wide_dest = va_arg(*ap, wchar_t*);
    }
    else if (!d->suppress)
    {
        narrow = va_arg(*ap, char*);
    }
    size_t n = 0, stored = 0, length = 0;
    uint32_t code;
    char bytes[UTF8_MAX];
    while (n < width && (length = next_character(in, d, &code, bytes)) != 0 && length != FIELD_ENDED)
    {
        if (length == (size_t)-1)
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
            memcpy(narrow + stored, bytes, length);
        }
        stored += length;
        n++;
    }
    if (n == 0)
    {
        return length == 0 ? SCAN_INPUT_FAILURE : SCAN_MATCHING_FAILURE;
    }
    if (d->conversion == 'c')
    {
        return n == width ? SCAN_OK : SCAN_MATCHING_FAILURE;
    }
    if (wide_dest != NULL)
    {
        wide_dest[n] = 0;
    }
    else if (narrow != NULL)
    {
        narrow[stored] = '\0';
    }
    return SCAN_OK;
}

scan_result_t _scan_text(scan_input_t* in, const scan_directive_t* d, va_list* ap)
{
    if (in->characters)
    {
        return scan_characters(in, d, ap, d->conversion == 'c' && d->width == SIZE_MAX ? 1 : d->width);
    }
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
