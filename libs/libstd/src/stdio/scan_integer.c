#include "scan.h"

#include <ctype.h>
#include <stdio.h>

// Returned by next() when the field width is used up: nothing was read.
#define WIDTH_END (-2)

// The characters of one field, at most `left` of them.
typedef struct
{
    scan_input_t* in;
    size_t left;
} field_t;

static int next(field_t* field)
{
    if (field->left == 0)
    {
        return WIDTH_END;
    }
    field->left--;
    return _scan_get(field->in);
}

static void give_back(field_t* field, int c)
{
    if (c >= 0)
    {
        _scan_unget(field->in, c);
    }
}

static int digit_value(int c)
{
    if (c >= 0 && isdigit(c))
    {
        return c - '0';
    }
    if (c >= 0 && isxdigit(c))
    {
        return tolower(c) - 'a' + 10;
    }
    return 99;
}

typedef struct
{
    uintmax_t magnitude; // UINTMAX_MAX after an overflow
    bool negative;
    bool overflow;
} scanned_t;

// The input item of strtol's grammar in `base` (0 chooses from the
// prefix). Like C's scanf, it is the longest start of a valid number, so
// "0x" with no hexadecimal digit after it is consumed and fails.
static scan_result_t read_number(field_t* field, int base, scanned_t* out)
{
    int c = next(field);
    if (c == EOF)
    {
        return SCAN_INPUT_FAILURE;
    }
    if (c == '+' || c == '-')
    {
        out->negative = c == '-';
        c = next(field);
    }
    bool digits = false;
    if ((base == 0 || base == 16) && c == '0')
    {
        digits = true;
        c = next(field);
        if (c == 'x' || c == 'X')
        {
            base = 16;
            digits = false; // a digit must follow the prefix
            c = next(field);
        }
        else if (base == 0)
        {
            base = 8;
        }
    }
    else if (base == 0)
    {
        base = 10;
    }
    for (int digit; (digit = digit_value(c)) < base; c = next(field))
    {
        digits = true;
        if (out->magnitude > (UINTMAX_MAX - (uintmax_t)digit) / (uintmax_t)base)
        {
            out->overflow = true;
        }
        out->magnitude = out->overflow ? UINTMAX_MAX : out->magnitude * (uintmax_t)base + (uintmax_t)digit;
    }
    give_back(field, c);
    return digits ? SCAN_OK : SCAN_MATCHING_FAILURE;
}

// The value strtoimax (signed) or strtoumax would give: out-of-range
// values are clamped, and a minus sign negates an unsigned one.
static uintmax_t value_of(const scanned_t* n, bool is_signed)
{
    if (!is_signed)
    {
        return n->overflow ? UINTMAX_MAX : n->negative ? -n->magnitude : n->magnitude;
    }
    uintmax_t limit = (uintmax_t)INTMAX_MAX + n->negative;
    uintmax_t magnitude = n->overflow || n->magnitude > limit ? limit : n->magnitude;
    return n->negative ? -magnitude : magnitude;
}

// %p reads what %p prints: hexadecimal, or "(nil)" for a null pointer
// (called when the next byte is the '(').
static scan_result_t read_nil(field_t* field)
{
    for (const char* rest = "(nil)"; *rest != '\0'; rest++)
    {
        int c = next(field);
        if (c != *rest)
        {
            give_back(field, c);
            return SCAN_MATCHING_FAILURE;
        }
    }
    return SCAN_OK;
}

static int base_of(char conversion)
{
    switch (conversion)
    {
    case 'i':
        return 0;
    case 'o':
        return 8;
    case 'd':
    case 'u':
        return 10;
    default:
        return 16;
    }
}

scan_result_t _scan_integer(scan_input_t* in, const scan_directive_t* d, va_list* ap)
{
    field_t field = {in, d->width};
    scanned_t number = {0, false, false};
    scan_result_t result;
    if (d->conversion == 'p')
    {
        int c = _scan_get(in);
        _scan_unget(in, c);
        result = c == '(' ? read_nil(&field) : read_number(&field, 16, &number);
    }
    else
    {
        result = read_number(&field, base_of(d->conversion), &number);
    }
    if (result != SCAN_OK || d->suppress)
    {
        return result;
    }
    uintmax_t value = value_of(&number, d->conversion == 'd' || d->conversion == 'i');
    if (d->conversion == 'p')
    {
        *va_arg(*ap, void**) = (void*)(uintptr_t)value;
    }
    else
    {
        _scan_store_integer(ap, d->length, value);
    }
    return SCAN_OK;
}
