#include "format_float.h"

#include <stdint.h>

// Called by _format (src/stdio/format.c) in user space; see format.h. A
// long double argument is rounded to double first (see stdio.h).
void _format_float(format_output_t* out, const format_directive_t* directive, va_list* args)
{
    union
    {
        double value;
        uint64_t bits;
    } u;
    u.value = directive->length == LENGTH_BIG_L ? (double)va_arg(*args, long double) : va_arg(*args, double);
    char conversion = directive->conversion;
    bool upper = conversion >= 'A' && conversion <= 'Z';
    char mark = upper ? 'E' : 'e';
    size_t precision = directive->has_precision ? directive->precision : 6;

    float_text_t text;
    decimal_t digits;
    _float_text_start(&text, u.bits >> 63 != 0, directive);
    bool special = (u.bits >> 52 & 0x7FF) == 0x7FF;
    if (special)
    {
        bool nan = (u.bits & ((UINT64_C(1) << 52) - 1)) != 0;
        _float_text_add(&text, nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        text.zero_padding = false;
    }
    else if (conversion == 'e' || conversion == 'E')
    {
        _format_exponential(&text, &digits, u.value, precision, directive->alternate, mark);
    }
    else if (conversion == 'f' || conversion == 'F')
    {
        _format_fixed(&text, &digits, u.value, precision, directive->alternate);
    }
    else if (conversion == 'g' || conversion == 'G')
    {
        _format_general(&text, &digits, u.value, precision, directive->alternate, mark);
    }
    else
    {
        _format_hex_float(&text, u.value, directive, upper);
    }
    _float_text_emit(out, directive, &text);
}
