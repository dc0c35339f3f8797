#include "float_parser.h"

#include <ctype.h>

// Where the text is; "complete" marks the states that end a whole number.
enum
{
    START,          // nothing yet
    SIGN,           // a sign
    ZERO,           // a leading 0, which may start "0x" (complete)
    INTEGER,        // decimal digits (complete)
    POINT,          // a point with no digit before it
    FRACTION,       // digits and a point, digits after it or not (complete)
    HEX_PREFIX,     // "0x"
    HEX_INTEGER,    // (complete)
    HEX_POINT,      // "0x."
    HEX_FRACTION,   // (complete)
    EXPONENT_MARK,  // e or p
    EXPONENT_SIGN,  // its sign
    EXPONENT,       // its digits (complete)
    WORD,           // letters of "infinity" or "nan"
    NAN_SEQUENCE,   // "nan(" and the characters inside
    NAN_CLOSED,     // "nan(...)" (complete)
};

// Exponent digits beyond this cannot change a result any more.
#define EXPONENT_CAP 1000000000L

void _float_parser_start(float_parser_t* parser)
{
    parser->state = START;
    parser->kind = FLOAT_DECIMAL;
    parser->negative = false;
    parser->after_point = false;
    parser->count = 0;
    parser->bits = 0;
    parser->sticky = false;
    parser->scale = 0;
    parser->exponent = 0;
    parser->exponent_negative = false;
    parser->matched = 0;
}

static int hex_value(int c)
{
    if (isdigit(c))
    {
        return c - '0';
    }
    if (isxdigit(c))
    {
        return tolower(c) - 'a' + 10;
    }
    return -1;
}

static void add_decimal_digit(float_parser_t* parser, int digit)
{
    if (digit == 0 && parser->count == 0)
    {
        // A leading zero only counts for the position of the point.
        parser->scale -= parser->after_point;
        return;
    }
    if (parser->count < DECIMAL_DIGITS_KEPT)
    {
        parser->digits[parser->count++] = (char)('0' + digit);
        parser->scale -= parser->after_point;
        return;
    }
    parser->sticky |= digit != 0;
    parser->scale += !parser->after_point;
}

static void add_hex_digit(float_parser_t* parser, int digit)
{
    if (digit == 0 && parser->count == 0)
    {
        parser->scale -= parser->after_point ? 4 : 0;
        return;
    }
    if (parser->count < 16)
    {
        parser->bits = parser->bits << 4 | (uint64_t)digit;
        parser->count++;
        parser->scale -= parser->after_point ? 4 : 0;
        return;
    }
    parser->sticky |= digit != 0;
    parser->scale += parser->after_point ? 0 : 4;
}

// "infinity" or "nan", compared without case; the word is chosen by its
// first letter.
static bool feed_word(float_parser_t* parser, int c)
{
    const char* word = parser->kind == FLOAT_NAN ? "nan" : "infinity";
    if (word[parser->matched] != '\0' && tolower(c) == word[parser->matched])
    {
        parser->matched++;
        return true;
    }
    if (parser->kind == FLOAT_NAN && parser->matched == 3 && c == '(')
    {
        parser->state = NAN_SEQUENCE;
        return true;
    }
    return false;
}

static bool feed_start(float_parser_t* parser, int c)
{
    if (c == '.')
    {
        parser->after_point = true;
        parser->state = POINT;
        return true;
    }
    if (isdigit(c))
    {
        parser->state = c == '0' ? ZERO : INTEGER;
        add_decimal_digit(parser, c - '0');
        return true;
    }
    if (tolower(c) == 'i' || tolower(c) == 'n')
    {
        parser->kind = tolower(c) == 'i' ? FLOAT_INFINITY : FLOAT_NAN;
        parser->state = WORD;
        parser->matched = 1;
        return true;
    }
    return false;
}

// After a digit in ZERO, INTEGER or FRACTION: more digits, the point, e.
static bool feed_decimal(float_parser_t* parser, int c)
{
    if (isdigit(c))
    {
        add_decimal_digit(parser, c - '0');
        parser->state = parser->state == ZERO ? INTEGER : parser->state;
        return true;
    }
    if (c == '.' && !parser->after_point)
    {
        parser->after_point = true;
        parser->state = FRACTION;
        return true;
    }
    if (tolower(c) == 'e')
    {
        parser->state = EXPONENT_MARK;
        return true;
    }
    return false;
}

// After "0x" or a hexadecimal digit: more digits, the point, p.
static bool feed_hex(float_parser_t* parser, int c)
{
    int digit = hex_value(c);
    if (digit >= 0)
    {
        add_hex_digit(parser, digit);
        parser->state = parser->state == HEX_PREFIX ? HEX_INTEGER : parser->state;
        return true;
    }
    if (c == '.' && !parser->after_point)
    {
        parser->after_point = true;
        parser->state = parser->state == HEX_PREFIX ? HEX_POINT : HEX_FRACTION;
        return true;
    }
    if (tolower(c) == 'p' && parser->state != HEX_PREFIX)
    {
        parser->state = EXPONENT_MARK;
        return true;
    }
    return false;
}

static bool feed_exponent(float_parser_t* parser, int c)
{
    if (parser->state == EXPONENT_MARK && (c == '+' || c == '-'))
    {
        parser->exponent_negative = c == '-';
        parser->state = EXPONENT_SIGN;
        return true;
    }
    if (!isdigit(c))
    {
        return false;
    }
    parser->exponent = parser->exponent * 10 + (c - '0');
    parser->exponent = parser->exponent < EXPONENT_CAP ? parser->exponent : EXPONENT_CAP;
    parser->state = EXPONENT;
    return true;
}

bool _float_parser_feed(float_parser_t* parser, int c)
{
    switch (parser->state)
    {
    case START:
        if (c == '+' || c == '-')
        {
            parser->negative = c == '-';
            parser->state = SIGN;
            return true;
        }
        return feed_start(parser, c);
    case SIGN:
        return feed_start(parser, c);
    case ZERO:
        if (c == 'x' || c == 'X')
        {
            parser->kind = FLOAT_HEX;
            parser->state = HEX_PREFIX;
            return true;
        }
        return feed_decimal(parser, c);
    case INTEGER:
    case FRACTION:
        return feed_decimal(parser, c);
    case POINT:
        if (!isdigit(c))
        {
            return false;
        }
        add_decimal_digit(parser, c - '0');
        parser->state = FRACTION;
        return true;
    case HEX_PREFIX:
    case HEX_INTEGER:
    case HEX_FRACTION:
        return feed_hex(parser, c);
    case HEX_POINT:
        if (hex_value(c) < 0)
        {
            return false;
        }
        add_hex_digit(parser, hex_value(c));
        parser->state = HEX_FRACTION;
        return true;
    case EXPONENT_MARK:
    case EXPONENT_SIGN:
    case EXPONENT:
        return feed_exponent(parser, c);
    case WORD:
        return feed_word(parser, c);
    case NAN_SEQUENCE:
        if (c == ')')
        {
            parser->state = NAN_CLOSED;
            return true;
        }
        return isalnum(c) || c == '_';
    default:
        return false;
    }
}

bool _float_parser_complete(const float_parser_t* parser)
{
    switch (parser->state)
    {
    case ZERO:
    case INTEGER:
    case FRACTION:
    case HEX_INTEGER:
    case HEX_FRACTION:
    case EXPONENT:
    case NAN_CLOSED:
        return true;
    case WORD:
        return parser->matched == 3 || (parser->kind == FLOAT_INFINITY && parser->matched == 8);
    default:
        return false;
    }
}
