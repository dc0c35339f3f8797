#include "scan.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int _scan_get(scan_input_t* in)
{
    int c = in->source->get(in->source->ctx);
    // A continuation byte is no new character.
    if (c != EOF && (!in->characters || (c & 0xC0) != 0x80))
    {
        in->count++;
    }
    return c;
}

void _scan_unget(scan_input_t* in, int c)
{
    if (c != EOF)
    {
        in->source->unget(in->source->ctx, c);
        in->count -= !in->characters || (c & 0xC0) != 0x80;
    }
}

static void skip_space(scan_input_t* in)
{
    int c;
    do
    {
        c = _scan_get(in);
    } while (c != EOF && isspace(c));
    _scan_unget(in, c);
}

// An ordinary character of the format must come next in the input.
static scan_result_t match(scan_input_t* in, char expected)
{
    int c = _scan_get(in);
    if (c == EOF)
    {
        return SCAN_INPUT_FAILURE;
    }
    if (c != (unsigned char)expected)
    {
        _scan_unget(in, c);
        return SCAN_MATCHING_FAILURE;
    }
    return SCAN_OK;
}

// Parse the directive after its '%'; returns the position after it.
static const char* parse_directive(const char* p, scan_directive_t* d)
{
    d->suppress = *p == '*';
    p += d->suppress;
    size_t width = 0;
    for (; isdigit((unsigned char)*p); p++)
    {
        width = width < SIZE_MAX / 10 ? width * 10 + (size_t)(*p - '0') : SIZE_MAX;
    }
    // C asks for a width above zero; 0 counts as none.
    d->width = width != 0 ? width : SIZE_MAX;
    d->length = _format_parse_length(&p);
    d->conversion = *p;
    if (*p == '\0')
    {
        return p;
    }
    p++;
    return d->conversion == '[' ? _scan_parse_set(p, d) : p;
}

static bool is_float_conversion(char c)
{
    return c != '\0' && strchr("fFeEgGaA", c) != NULL;
}

// Carry out one conversion; *converted is set when it reads an input item.
static scan_result_t convert(scan_input_t* in, const scan_directive_t* d, va_list* ap, bool* converted)
{
    char c = d->conversion;
    if (c == 'n')
    {
        if (!d->suppress)
        {
            _scan_store_integer(ap, d->length, in->count);
        }
        return SCAN_OK;
    }
    // Every directive but %c, %[ and %n skips white space first.
    if (c != 'c' && c != '[')
    {
        skip_space(in);
    }
    scan_result_t result;
    if (c == '%')
    {
        return match(in, '%');
    }
    else if (c != '\0' && strchr("diouxXp", c) != NULL)
    {
        result = _scan_integer(in, d, ap);
    }
    else if (c == 'c' || c == 's' || c == '[')
    {
        result = _scan_text(in, d, ap);
    }
    else if (is_float_conversion(c))
    {
#ifdef _LIBSTD_HOSTED
        result = _scan_float(in, d, ap);
#else
        result = SCAN_MATCHING_FAILURE; // no floating point in this libstd
#endif
    }
    else
    {
        result = SCAN_MATCHING_FAILURE; // malformed or unknown
    }
    *converted = result == SCAN_OK;
    return result;
}

void _scan_begin(scan_run_t* run, const scan_source_t* source, bool characters, va_list args)
{
    run->in = (scan_input_t){source, 0, characters};
    // A copy, so helpers can take its address (see _format).
    va_copy(run->ap, args);
    run->assigned = 0;
    run->any_converted = false;
    run->result = SCAN_OK;
}

const char* _scan_step(scan_run_t* run, const char* p)
{
    if (isspace((unsigned char)*p))
    {
        // White space in the format matches any amount, none included.
        while (isspace((unsigned char)*p))
        {
            p++;
        }
        skip_space(&run->in);
        return p;
    }
    if (*p != '%')
    {
        run->result = match(&run->in, *p);
        return p + 1;
    }
    scan_directive_t d;
    p = parse_directive(p + 1, &d);
    bool converted = false;
    run->result = convert(&run->in, &d, &run->ap, &converted);
    run->any_converted |= converted;
    run->assigned += converted && !d.suppress;
    return p;
}

int _scan_end(scan_run_t* run)
{
    va_end(run->ap);
    // C17 7.21.6.2p16: EOF only for an input failure before the first
    // conversion completed; a suppressed conversion counts as one.
    return run->result == SCAN_INPUT_FAILURE && !run->any_converted ? EOF : run->assigned;
}

int _scan(const scan_source_t* source, const char* fmt, va_list args)
{
    scan_run_t run;
    _scan_begin(&run, source, false, args);
    const char* p = fmt;
    while (*p != '\0' && run.result == SCAN_OK)
    {
        p = _scan_step(&run, p);
    }
    return _scan_end(&run);
}
