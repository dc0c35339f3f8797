#include "format_float.h"

#include <stdint.h>

// %a shows a double as h.hhhhhhhhhhhhh (13 hexadecimal digits after the
// point hold its 52 fraction bits) times a power of two. Normal values
// start with 1; subnormals start with 0 and use the exponent -1022, as
// glibc prints them. Rounding to a shorter precision is to nearest, ties to
// even, and may carry into the first digit (0x1.f8p0 with %.1a is
// 0x2.0p+0): the digits are not renormalized.
void _format_hex_float(float_text_t* text, double value, const format_directive_t* directive, bool upper)
{
    union
    {
        double value;
        uint64_t bits;
    } u = {.value = value};
    int biased = (int)(u.bits >> 52 & 0x7FF);
    uint64_t fraction = u.bits & ((UINT64_C(1) << 52) - 1);
    unsigned lead = biased != 0;
    int exponent = biased != 0 ? biased - 1023 : fraction != 0 ? -1022 : 0;

    size_t shown = 13; // digits after the point
    if (directive->has_precision && directive->precision < 13)
    {
        shown = directive->precision;
        unsigned shift = (unsigned)(4 * (13 - shown));
        uint64_t rest = fraction & ((UINT64_C(1) << shift) - 1);
        uint64_t half = UINT64_C(1) << (shift - 1);
        fraction >>= shift;
        bool odd = shown == 0 ? (lead & 1) != 0 : (fraction & 1) != 0;
        if (rest > half || (rest == half && odd))
        {
            fraction++;
            if (fraction >> (4 * shown) != 0)
            {
                fraction = 0;
                lead++;
            }
        }
    }
    else if (!directive->has_precision)
    {
        // The shortest exact form: no trailing zeros.
        while (shown > 0 && (fraction & 0xF) == 0)
        {
            fraction >>= 4;
            shown--;
        }
    }

    const char* symbols = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    for (size_t i = shown; i-- > 0; fraction >>= 4)
    {
        text->digits[i] = symbols[fraction & 0xF];
    }
    text->prefix[text->prefix_length++] = '0';
    text->prefix[text->prefix_length++] = upper ? 'X' : 'x';

    size_t zeros = directive->has_precision && directive->precision > 13 ? directive->precision - 13 : 0;
    _float_text_add(text, &symbols[lead], 1);
    if (shown + zeros > 0 || directive->alternate)
    {
        _float_text_add(text, ".", 1);
    }
    _float_text_add(text, text->digits, shown);
    _float_text_zeros(text, zeros);
    _float_text_exponent(text, upper ? 'P' : 'p', exponent, 1);
}
