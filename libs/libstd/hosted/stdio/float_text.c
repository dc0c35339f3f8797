#include "float_text.h"

void _float_text_start(float_text_t* text, bool negative, const format_directive_t* directive)
{
    text->prefix_length = 0;
    text->count = 0;
    text->zero_padding = true;
    if (negative)
    {
        text->prefix[text->prefix_length++] = '-';
    }
    else if (directive->plus)
    {
        text->prefix[text->prefix_length++] = '+';
    }
    else if (directive->space)
    {
        text->prefix[text->prefix_length++] = ' ';
    }
}

static void add_piece(float_text_t* text, const char* str, size_t length)
{
    if (length > 0 && text->count < FLOAT_TEXT_PIECES)
    {
        text->pieces[text->count++] = (float_piece_t){str, length};
    }
}

void _float_text_add(float_text_t* text, const char* str, size_t length)
{
    add_piece(text, str, length);
}

void _float_text_zeros(float_text_t* text, size_t count)
{
    add_piece(text, NULL, count);
}

void _float_text_exponent(float_text_t* text, char mark, int exponent, int min_digits)
{
    char* p = text->exponent;
    *p++ = mark;
    *p++ = exponent < 0 ? '-' : '+';
    unsigned magnitude = exponent < 0 ? -(unsigned)exponent : (unsigned)exponent;
    char digits[6];
    int count = 0;
    do
    {
        digits[count++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0 || count < min_digits);
    while (count > 0)
    {
        *p++ = digits[--count];
    }
    add_piece(text, text->exponent, (size_t)(p - text->exponent));
}

void _float_text_emit(format_output_t* out, const format_directive_t* directive, const float_text_t* text)
{
    size_t total = text->prefix_length;
    for (size_t i = 0; i < text->count; i++)
    {
        total += text->pieces[i].length;
    }
    size_t fill = directive->width > total ? directive->width - total : 0;
    // Unlike integers, a precision does not turn the '0' flag off.
    bool zeros = directive->zero && !directive->left && text->zero_padding;
    if (!_format_reserve(out, fill + total))
    {
        return;
    }
    if (!directive->left && !zeros)
    {
        _format_pad(out, ' ', fill);
    }
    _format_put(out, text->prefix, text->prefix_length);
    if (zeros)
    {
        _format_pad(out, '0', fill);
    }
    for (size_t i = 0; i < text->count; i++)
    {
        const float_piece_t* piece = &text->pieces[i];
        if (piece->text == NULL)
        {
            _format_pad(out, '0', piece->length);
        }
        else
        {
            _format_put(out, piece->text, piece->length);
        }
    }
    if (directive->left)
    {
        _format_pad(out, ' ', fill);
    }
}
