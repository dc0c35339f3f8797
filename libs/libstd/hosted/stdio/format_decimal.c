#include "format_float.h"

static size_t minus(size_t a, size_t b)
{
    return a > b ? a - b : 0;
}

// Lay out rounded digits as d.ddd with `precision` digits after the point.
static void lay_out_exponential(float_text_t* text, const decimal_t* d, size_t precision, bool alternate, char mark)
{
    _float_text_add(text, d->count > 0 ? d->digits : "0", 1);
    if (precision > 0 || alternate)
    {
        _float_text_add(text, ".", 1);
    }
    size_t rest = minus(d->count, 1);
    _float_text_add(text, d->digits + 1, rest);
    _float_text_zeros(text, minus(precision, rest));
    _float_text_exponent(text, mark, d->exponent, 2);
}

// Lay out rounded digits as ddd.ddd with `precision` digits after the point
// (the digits never reach past that place).
static void lay_out_fixed(float_text_t* text, const decimal_t* d, size_t precision, bool alternate)
{
    size_t fraction_digits; // digits of d after the point
    if (d->count == 0 || d->exponent < 0)
    {
        _float_text_add(text, "0", 1);
        fraction_digits = d->count;
    }
    else
    {
        size_t integer_digits = (size_t)d->exponent + 1;
        size_t shown = d->count < integer_digits ? d->count : integer_digits;
        _float_text_add(text, d->digits, shown);
        _float_text_zeros(text, integer_digits - shown);
        fraction_digits = d->count - shown;
    }
    if (precision > 0 || alternate)
    {
        _float_text_add(text, ".", 1);
    }
    size_t leading_zeros = d->count > 0 && d->exponent < -1 ? (size_t)(-(long long)d->exponent - 1) : 0;
    _float_text_zeros(text, leading_zeros);
    _float_text_add(text, d->digits + (d->count - fraction_digits), fraction_digits);
    _float_text_zeros(text, minus(precision, leading_zeros + fraction_digits));
}

void _format_exponential(float_text_t* text, decimal_t* digits, double value, size_t precision, bool alternate,
    char mark)
{
    _decimal_significant(digits, value, precision + 1);
    lay_out_exponential(text, digits, precision, alternate, mark);
}

void _format_fixed(float_text_t* text, decimal_t* digits, double value, size_t precision, bool alternate)
{
    _decimal_fixed(digits, value, precision);
    lay_out_fixed(text, digits, precision, alternate);
}

void _format_general(float_text_t* text, decimal_t* digits, double value, size_t precision, bool alternate,
    char mark)
{
    // C17 7.21.6.1p8: P significant digits; with X the exponent %e would
    // print, %f style with precision P - 1 - X if P > X >= -4, else %e
    // style with precision P - 1. Both keep the same P digits, so one
    // rounding serves either.
    size_t p = precision == 0 ? 1 : precision;
    _decimal_significant(digits, value, p);
    long long x = digits->exponent;
    if (x < -4 || x >= (long long)p)
    {
        lay_out_exponential(text, digits, alternate ? p - 1 : minus(digits->count, 1), alternate, mark);
        return;
    }
    size_t fraction_digits; // the digits after the point, trailing zeros left out
    if (x >= 0)
    {
        fraction_digits = minus(digits->count, (size_t)x + 1);
    }
    else
    {
        fraction_digits = (size_t)(-x - 1) + digits->count;
    }
    lay_out_fixed(text, digits, alternate ? (size_t)((long long)p - 1 - x) : fraction_digits, alternate);
}
