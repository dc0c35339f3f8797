#include "float_parser.h"

// Beyond these binary exponents every mantissa overflows or vanishes.
#define HEX_EXPONENT_LIMIT 100000L

static long signed_exponent(const float_parser_t* parser)
{
    return parser->exponent_negative ? -parser->exponent : parser->exponent;
}

// Returns whether the result is out of range.
static bool decimal_value(const float_parser_t* parser, const binary_format_t* format, binary_value_t* value)
{
    long exponent = parser->scale + signed_exponent(parser);
    // The value lies in [10^(lead-1), 10^lead).
    long lead = exponent + (long)parser->count;
    if (lead <= format->zero_lead)
    {
        return true;
    }
    if (lead >= format->overflow_lead)
    {
        value->infinite = true;
        return true;
    }
    rounding_t rounding =
        _decimal_to_binary(format, parser->digits, parser->count, (int)exponent, parser->sticky, value);
    return value->infinite || (rounding.tiny && rounding.inexact);
}

static bool hex_value(const float_parser_t* parser, const binary_format_t* format, binary_value_t* value)
{
    long exponent = parser->scale + signed_exponent(parser);
    if (exponent < -HEX_EXPONENT_LIMIT)
    {
        return true;
    }
    if (exponent > HEX_EXPONENT_LIMIT)
    {
        value->infinite = true;
        return true;
    }
    rounding_t rounding = _binary_round(format, parser->bits, (int)exponent, parser->sticky, value);
    return value->infinite || (rounding.tiny && rounding.inexact);
}

uint64_t _float_parser_value(const float_parser_t* parser, const binary_format_t* format, bool* range_error)
{
    binary_value_t value = {0, format->min_exponent, false};
    *range_error = false;
    switch (parser->kind)
    {
    case FLOAT_NAN:
        return _binary_nan(format, parser->negative);
    case FLOAT_INFINITY:
        value.infinite = true;
        break;
    case FLOAT_DECIMAL:
        // No significant digit: zero, whatever the exponent.
        *range_error = parser->count > 0 && decimal_value(parser, format, &value);
        break;
    case FLOAT_HEX:
        *range_error = parser->count > 0 && hex_value(parser, format, &value);
        break;
    }
    return _binary_encode(format, &value, parser->negative);
}
