#include "parse_integer.h"

#include <errno.h>
#include <stdint.h>

// Character i of a string of width-byte characters.
static uint32_t char_at(const void* str, size_t width, size_t i)
{
    return width == 1 ? ((const unsigned char*)str)[i] : ((const uint32_t*)str)[i];
}

// The digit's value, or 36 (above every base) for a character that is no
// digit.
static unsigned digit_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
    {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z')
    {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z')
    {
        return c - 'A' + 10;
    }
    return 36;
}

static bool is_space(uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Whether a "0x" prefix starts at i and is followed by a hexadecimal
// digit; without that digit the subject sequence is just the "0". Each
// character is read only after the one before it was found not to be the
// terminator: "-" at the end of a buffer has nothing after its '\0'.
static bool has_hex_prefix(const void* str, size_t width, size_t i)
{
    if (char_at(str, width, i) != '0')
    {
        return false;
    }
    uint32_t x = char_at(str, width, i + 1);
    return (x == 'x' || x == 'X') && digit_value(char_at(str, width, i + 2)) < 16;
}

// Parses with a valid base; returns the length of the subject sequence,
// 0 when it has no digits.
static size_t parse(const void* str, size_t width, unsigned base, unsigned long long positive_limit,
    unsigned long long negative_limit, parsed_integer_t* result)
{
    size_t i = 0;
    while (is_space(char_at(str, width, i)))
    {
        i++;
    }
    uint32_t sign = char_at(str, width, i);
    if (sign == '+' || sign == '-')
    {
        result->negative = sign == '-';
        i++;
    }
    if ((base == 0 || base == 16) && has_hex_prefix(str, width, i))
    {
        base = 16;
        i += 2;
    }
    else if (base == 0)
    {
        base = char_at(str, width, i) == '0' ? 8 : 10;
    }

    unsigned long long limit = result->negative ? negative_limit : positive_limit;
    size_t end = 0;
    // Overflow is remembered but the digits are still consumed: the end must
    // be past all of them.
    for (unsigned digit; (digit = digit_value(char_at(str, width, i))) < base; i++)
    {
        if (result->magnitude > (limit - digit) / base)
        {
            result->overflow = true;
        }
        else
        {
            result->magnitude = result->magnitude * base + digit;
        }
        end = i + 1;
    }
    if (result->overflow)
    {
        result->magnitude = limit;
    }
    return end;
}

parsed_integer_t _parse_integer_chars(const void* str, size_t width, size_t* length, int base,
    unsigned long long positive_limit, unsigned long long negative_limit)
{
    parsed_integer_t result = {0, false, false};
    *length = 0;
    if (base < 0 || base == 1 || base > 36)
    {
        errno = EINVAL;
        return result;
    }
    *length = parse(str, width, (unsigned)base, positive_limit, negative_limit, &result);
    if (result.overflow)
    {
        errno = ERANGE;
    }
    return result;
}

parsed_integer_t _parse_integer(const char* str, char** endptr, int base, unsigned long long positive_limit,
    unsigned long long negative_limit)
{
    size_t length;
    parsed_integer_t result = _parse_integer_chars(str, 1, &length, base, positive_limit, negative_limit);
    if (endptr != NULL)
    {
        *endptr = (char*)str + length;
    }
    return result;
}
