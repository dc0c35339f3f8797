#include "parse_integer.h"

#include <ctype.h>
#include <errno.h>
#include <stddef.h>

// The digit's value, or 36 (above every base) for a byte that is no digit.
static int digit_value(char c)
{
    if (isdigit(c))
    {
        return c - '0';
    }
    if (islower(c))
    {
        return c - 'a' + 10;
    }
    if (isupper(c))
    {
        return c - 'A' + 10;
    }
    return 36;
}

// Whether a "0x" prefix starts at str and is followed by a hexadecimal
// digit; without that digit the subject sequence is just the "0".
static bool has_hex_prefix(const char* str)
{
    return str[0] == '0' && (str[1] == 'x' || str[1] == 'X') && digit_value(str[2]) < 16;
}

// Parses with a valid base; returns the end of the subject sequence, or
// str when it has no digits.
static const char* parse(const char* str, int base, unsigned long long positive_limit,
    unsigned long long negative_limit, parsed_integer_t* result)
{
    const char* p = str;
    while (isspace(*p))
    {
        p++;
    }
    if (*p == '+' || *p == '-')
    {
        result->negative = *p == '-';
        p++;
    }
    if ((base == 0 || base == 16) && has_hex_prefix(p))
    {
        base = 16;
        p += 2;
    }
    else if (base == 0)
    {
        base = *p == '0' ? 8 : 10;
    }

    unsigned long long limit = result->negative ? negative_limit : positive_limit;
    const char* end = str;
    // Overflow is remembered but the digits are still consumed: the end must
    // be past all of them.
    for (int digit; (digit = digit_value(*p)) < base; p++)
    {
        if (result->magnitude > (limit - (unsigned long long)digit) / (unsigned long long)base)
        {
            result->overflow = true;
        }
        else
        {
            result->magnitude = result->magnitude * (unsigned long long)base + (unsigned long long)digit;
        }
        end = p + 1;
    }
    if (result->overflow)
    {
        result->magnitude = limit;
    }
    return end;
}

parsed_integer_t _parse_integer(const char* str, char** endptr, int base, unsigned long long positive_limit,
    unsigned long long negative_limit)
{
    parsed_integer_t result = {0, false, false};
    const char* end = str;
    if (base < 0 || base == 1 || base > 36)
    {
        errno = EINVAL;
    }
    else
    {
        end = parse(str, base, positive_limit, negative_limit, &result);
        if (result.overflow)
        {
            errno = ERANGE;
        }
    }
    if (endptr != NULL)
    {
        *endptr = (char*)end;
    }
    return result;
}
