#include "format.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

// Integer, character, string and pointer conversions are here; the
// floating-point ones are in hosted/stdio/ and only exist in user space
// (see _format_float in format.h and stdio.h).

typedef format_output_t output_t;

// Width and precision are capped just above INT_MAX: still enough to make
// the output too long (an error), without overflowing while parsing.
#define FIELD_MAX ((size_t)INT_MAX + 1)

// C names no signed size_t or unsigned ptrdiff_t; %zd and %tu read the
// other type of the pair, which is only right while their widths agree.
_Static_assert(sizeof(size_t) == sizeof(ptrdiff_t), "size_t and ptrdiff_t differ in width");

static void put(output_t* out, const char* text, size_t length)
{
    if (out->failed || length == 0)
    {
        return;
    }
    if (length > (size_t)INT_MAX - out->count)
    {
        out->failed = true;
        return;
    }
    out->emit(out->ctx, text, length);
    out->count += out->characters ? _format_count_characters(text, length) : length;
}

static void pad(output_t* out, char fill, size_t count)
{
    static const char spaces[] = "                                ";
    static const char zeros[] = "00000000000000000000000000000000";
    const char* chunk = fill == '0' ? zeros : spaces;
    // Check once up front so a huge width fails at once instead of emitting
    // chunks up to the limit.
    if (count > (size_t)INT_MAX - out->count)
    {
        out->failed = true;
        return;
    }
    while (count > 0 && !out->failed)
    {
        size_t n = count < sizeof(spaces) - 1 ? count : sizeof(spaces) - 1;
        put(out, chunk, n);
        count -= n;
    }
}

void _format_put(format_output_t* out, const char* text, size_t length)
{
    put(out, text, length);
}

void _format_pad(format_output_t* out, char fill, size_t count)
{
    pad(out, fill, count);
}

// pad's check for a whole field: a width of FIELD_MAX leaves a fill of up
// to INT_MAX, which pad alone would emit before the rest overflowed.
static bool reserve(output_t* out, size_t length)
{
    if (length > (size_t)INT_MAX - out->count)
    {
        out->failed = true;
    }
    return !out->failed;
}

bool _format_reserve(format_output_t* out, size_t length)
{
    return reserve(out, length);
}

size_t _format_count_characters(const char* text, size_t length)
{
    size_t characters = 0;
    for (size_t i = 0; i < length; i++)
    {
        // Every byte but a UTF-8 continuation byte starts a character.
        characters += ((unsigned char)text[i] & 0xC0) != 0x80;
    }
    return characters;
}

// How wide @p length bytes of @p text are in the field: bytes, or
// characters for the wide printf family.
static size_t field_size(const output_t* out, const char* text, size_t length)
{
    return out->characters ? _format_count_characters(text, length) : length;
}

// Emit text of the given length padded with spaces to the field width.
static void put_field(output_t* out, const format_directive_t* d, const char* text, size_t length)
{
    size_t shown = field_size(out, text, length);
    size_t fill = d->width > shown ? d->width - shown : 0;
    if (!reserve(out, fill + length))
    {
        return;
    }
    if (!d->left)
    {
        pad(out, ' ', fill);
    }
    put(out, text, length);
    if (d->left)
    {
        pad(out, ' ', fill);
    }
}

static size_t parse_number(const char** p)
{
    size_t value = 0;
    for (; **p >= '0' && **p <= '9'; (*p)++)
    {
        value = value * 10 + (size_t)(**p - '0');
        if (value > FIELD_MAX)
        {
            value = FIELD_MAX;
        }
    }
    return value;
}

// Parse a length modifier, if there is one, and step over it.
format_length_t _format_parse_length(const char** p)
{
    const char* s = *p;
    format_length_t length;
    switch (*s)
    {
    case 'h':
        length = s[1] == 'h' ? LENGTH_HH : LENGTH_H;
        break;
    case 'l':
        length = s[1] == 'l' ? LENGTH_LL : LENGTH_L;
        break;
    case 'j':
        length = LENGTH_J;
        break;
    case 'z':
        length = LENGTH_Z;
        break;
    case 't':
        length = LENGTH_T;
        break;
    case 'L':
        length = LENGTH_BIG_L;
        break;
    default:
        return LENGTH_NONE;
    }
    *p += length == LENGTH_HH || length == LENGTH_LL ? 2 : 1;
    return length;
}

// Parse the directive after its '%'; returns the position after it, which
// is the terminator itself if the format ends inside the directive.
static const char* parse_directive(const char* p, format_directive_t* d, va_list* ap)
{
    *d = (format_directive_t){0};
    for (;; p++)
    {
        switch (*p)
        {
        case '-':
            d->left = true;
            continue;
        case '+':
            d->plus = true;
            continue;
        case ' ':
            d->space = true;
            continue;
        case '#':
            d->alternate = true;
            continue;
        case '0':
            d->zero = true;
            continue;
        }
        break;
    }

    if (*p == '*')
    {
        p++;
        int width = va_arg(*ap, int);
        // A negative width from an argument is a '-' flag and a positive width.
        d->left = d->left || width < 0;
        d->width = width < 0 ? -(size_t)width : (size_t)width;
        if (d->width > FIELD_MAX)
        {
            d->width = FIELD_MAX;
        }
    }
    else
    {
        d->width = parse_number(&p);
    }

    if (*p == '.')
    {
        p++;
        d->has_precision = true;
        if (*p == '*')
        {
            p++;
            int precision = va_arg(*ap, int);
            // A negative precision from an argument counts as none at all.
            d->has_precision = precision >= 0;
            d->precision = precision >= 0 ? (size_t)precision : 0;
        }
        else
        {
            d->precision = parse_number(&p);
        }
    }

    d->length = _format_parse_length(&p);
    d->conversion = *p;
    return *p != '\0' ? p + 1 : p;
}

static intmax_t read_signed(va_list* ap, format_length_t length)
{
    switch (length)
    {
    case LENGTH_HH:
        return (signed char)va_arg(*ap, int);
    case LENGTH_H:
        return (short)va_arg(*ap, int);
    case LENGTH_L:
        return va_arg(*ap, long);
    case LENGTH_LL:
        return va_arg(*ap, long long);
    case LENGTH_J:
        return va_arg(*ap, intmax_t);
    case LENGTH_Z:
    case LENGTH_T:
        return va_arg(*ap, ptrdiff_t);
    default:
        return va_arg(*ap, int);
    }
}

static uintmax_t read_unsigned(va_list* ap, format_length_t length)
{
    switch (length)
    {
    case LENGTH_HH:
        return (unsigned char)va_arg(*ap, unsigned int);
    case LENGTH_H:
        return (unsigned short)va_arg(*ap, unsigned int);
    case LENGTH_L:
        return va_arg(*ap, unsigned long);
    case LENGTH_LL:
        return va_arg(*ap, unsigned long long);
    case LENGTH_J:
        return va_arg(*ap, uintmax_t);
    case LENGTH_Z:
    case LENGTH_T:
        return va_arg(*ap, size_t);
    default:
        return va_arg(*ap, unsigned int);
    }
}

// Lay out [spaces][sign or 0x][zeros][digits][spaces] for d i u o x X
// (and p, which arrives as '#' x).
static void format_integer(output_t* out, const format_directive_t* d, uintmax_t value, bool negative)
{
    bool is_signed = d->conversion == 'd' || d->conversion == 'i';
    bool is_hex = d->conversion == 'x' || d->conversion == 'X';
    unsigned base = d->conversion == 'o' ? 8 : is_hex ? 16 : 10;
    const char* symbols = d->conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";

    // Octal needs the most digits: one per three bits, rounded up.
    char digits[(sizeof(uintmax_t) * CHAR_BIT + 2) / 3];
    char* end = digits + sizeof(digits);
    char* start = end;
    for (uintmax_t v = value; v != 0; v /= base)
    {
        *--start = symbols[v % base];
    }
    size_t digit_count = (size_t)(end - start);

    // The precision is a minimum digit count; zero with precision 0 is no digits.
    size_t precision = d->has_precision ? d->precision : 1;
    size_t zeros = precision > digit_count ? precision - digit_count : 0;
    if (d->conversion == 'o' && d->alternate && zeros == 0 && (digit_count == 0 || *start != '0'))
    {
        // '#' o: just enough precision that the first digit is a 0.
        zeros = 1;
    }

    char prefix[2];
    size_t prefix_length = 0;
    if (negative)
    {
        prefix[prefix_length++] = '-';
    }
    else if (is_signed && d->plus)
    {
        prefix[prefix_length++] = '+';
    }
    else if (is_signed && d->space)
    {
        prefix[prefix_length++] = ' ';
    }
    else if (is_hex && d->alternate && value != 0)
    {
        prefix[prefix_length++] = '0';
        prefix[prefix_length++] = d->conversion;
    }

    size_t body = prefix_length + zeros + digit_count;
    size_t fill = d->width > body ? d->width - body : 0;
    // '0' pads between the prefix and the digits; '-' and a precision override it.
    if (d->zero && !d->left && !d->has_precision)
    {
        zeros += fill;
        fill = 0;
    }
    if (!reserve(out, fill + prefix_length + zeros + digit_count))
    {
        return;
    }
    if (!d->left)
    {
        pad(out, ' ', fill);
    }
    put(out, prefix, prefix_length);
    pad(out, '0', zeros);
    put(out, start, digit_count);
    if (d->left)
    {
        pad(out, ' ', fill);
    }
}

static void format_pointer(output_t* out, const format_directive_t* d, const void* pointer)
{
    if (pointer == NULL)
    {
        put_field(out, d, "(nil)", 5);
        return;
    }
    // Non-null pointers print as %#lx would, with the directive's field.
    format_directive_t hex = *d;
    hex.conversion = 'x';
    hex.alternate = true;
    format_integer(out, &hex, (uintptr_t)pointer, false);
}

// The bytes of the first @p count UTF-8 characters of @p str (the wide
// printf family's precision of %s), reading no byte past them.
static size_t characters_prefix(const char* str, size_t count)
{
    size_t length = 0;
    for (; count > 0 && str[length] != '\0'; count--)
    {
        unsigned char lead = (unsigned char)str[length++];
        size_t more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        // A continuation byte missing is an encoding error the caller finds.
        for (; more > 0 && ((unsigned char)str[length] & 0xC0) == 0x80; more--)
        {
            length++;
        }
    }
    return length;
}

static void format_string(output_t* out, const format_directive_t* d, const char* str)
{
    if (str == NULL)
    {
        str = "(null)";
    }
    // With a precision the array need not be terminated: never read past it.
    size_t length = !d->has_precision ? strlen(str)
        : out->characters             ? characters_prefix(str, d->precision)
                                      : strnlen(str, d->precision);
    put_field(out, d, str, length);
}

// UTF-8 encoding of one wide character into bytes; returns the byte count,
// 0 for a value that is not a Unicode scalar value.
static size_t encode_utf8(uint32_t code, char* bytes)
{
    if (code < 0x80)
    {
        bytes[0] = (char)code;
        return 1;
    }
    if (code < 0x800)
    {
        bytes[0] = (char)(0xC0 | (code >> 6));
        bytes[1] = (char)(0x80 | (code & 0x3F));
        return 2;
    }
    if ((code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
    {
        return 0;
    }
    if (code < 0x10000)
    {
        bytes[0] = (char)(0xE0 | (code >> 12));
        bytes[1] = (char)(0x80 | ((code >> 6) & 0x3F));
        bytes[2] = (char)(0x80 | (code & 0x3F));
        return 3;
    }
    bytes[0] = (char)(0xF0 | (code >> 18));
    bytes[1] = (char)(0x80 | ((code >> 12) & 0x3F));
    bytes[2] = (char)(0x80 | ((code >> 6) & 0x3F));
    bytes[3] = (char)(0x80 | (code & 0x3F));
    return 4;
}

static void format_wide_char(output_t* out, const format_directive_t* d, __WINT_TYPE__ wide)
{
    char bytes[4];
    size_t length = encode_utf8((uint32_t)wide, bytes);
    if (length == 0)
    {
        errno = EILSEQ;
        out->failed = true;
        return;
    }
    put_field(out, d, bytes, length);
}

// The bytes %ls writes: whole characters only, at most the precision.
// Returns false for a character that cannot be encoded.
// In the wide printf family the precision and the width count characters
// (*shown), not bytes.
static bool measure_wide_string(const output_t* out, const format_directive_t* d, const wchar_t* str, size_t* total,
    size_t* shown)
{
    *total = 0;
    *shown = 0;
    char bytes[4];
    for (; *str != 0; str++)
    {
        // Characters past the precision are never converted, so they
        // cannot cause an encoding error.
        if (d->has_precision && *shown >= d->precision)
        {
            break;
        }
        size_t length = encode_utf8((uint32_t)*str, bytes);
        if (length == 0)
        {
            return false;
        }
        size_t next = out->characters ? *shown + 1 : *total + length;
        if (d->has_precision && next > d->precision)
        {
            break;
        }
        *total += length;
        *shown = next;
    }
    return true;
}

static void format_wide_string(output_t* out, const format_directive_t* d, const wchar_t* str)
{
    if (str == NULL)
    {
        format_string(out, d, NULL);
        return;
    }
    // Padding comes first, so the length must be known before any output.
    size_t total, shown;
    if (!measure_wide_string(out, d, str, &total, &shown))
    {
        errno = EILSEQ;
        out->failed = true;
        return;
    }
    size_t fill = d->width > shown ? d->width - shown : 0;
    if (!reserve(out, fill + total))
    {
        return;
    }
    if (!d->left)
    {
        pad(out, ' ', fill);
    }
    char bytes[4];
    for (size_t written = 0; written < total; str++)
    {
        size_t length = encode_utf8((uint32_t)*str, bytes);
        put(out, bytes, length);
        written += length;
    }
    if (d->left)
    {
        pad(out, ' ', fill);
    }
}

static void store_count(va_list* ap, format_length_t length, size_t count)
{
    switch (length)
    {
    case LENGTH_HH:
        *va_arg(*ap, signed char*) = (signed char)count;
        break;
    case LENGTH_H:
        *va_arg(*ap, short*) = (short)count;
        break;
    case LENGTH_L:
        *va_arg(*ap, long*) = (long)count;
        break;
    case LENGTH_LL:
        *va_arg(*ap, long long*) = (long long)count;
        break;
    case LENGTH_J:
        *va_arg(*ap, intmax_t*) = (intmax_t)count;
        break;
    case LENGTH_Z:
    case LENGTH_T:
        *va_arg(*ap, ptrdiff_t*) = (ptrdiff_t)count;
        break;
    default:
        *va_arg(*ap, int*) = (int)count;
        break;
    }
}

// Carry out one directive; text..end is its source, which is echoed for
// conversions this formatter does not support.
static void convert(output_t* out, const format_directive_t* d, va_list* ap, const char* text, const char* end)
{
#ifdef _LIBSTD_HOSTED
    if (d->conversion != '\0' && strchr("fFeEgGaA", d->conversion) != NULL)
    {
        _format_float(out, d, ap);
        return;
    }
#endif
    // No argument is read for an unsupported directive: a floating-point
    // one is not in the integer registers this code may touch.
    if (d->length == LENGTH_BIG_L)
    {
        put(out, text, (size_t)(end - text));
        return;
    }
    switch (d->conversion)
    {
    case 'd':
    case 'i':
    {
        intmax_t value = read_signed(ap, d->length);
        uintmax_t magnitude = value < 0 ? -(uintmax_t)value : (uintmax_t)value;
        format_integer(out, d, magnitude, value < 0);
        break;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        format_integer(out, d, read_unsigned(ap, d->length), false);
        break;
    case 'c':
        if (d->length == LENGTH_L)
        {
            format_wide_char(out, d, va_arg(*ap, __WINT_TYPE__));
        }
        else
        {
            char c = (char)va_arg(*ap, int);
            put_field(out, d, &c, 1);
        }
        break;
    case 's':
        if (d->length == LENGTH_L)
        {
            format_wide_string(out, d, va_arg(*ap, const wchar_t*));
        }
        else
        {
            format_string(out, d, va_arg(*ap, const char*));
        }
        break;
    case 'p':
        format_pointer(out, d, va_arg(*ap, const void*));
        break;
    case 'n':
        store_count(ap, d->length, out->count);
        break;
    case '%':
        put(out, "%", 1);
        break;
    default:
        put(out, text, (size_t)(end - text));
        break;
    }
}

void _format_directive(format_output_t* out, const char* text, va_list* ap)
{
    format_directive_t d;
    const char* end = parse_directive(text + 1, &d, ap);
    convert(out, &d, ap, text, end);
}

int _format(format_emit_t emit, void* ctx, const char* fmt, va_list args)
{
    output_t out = {emit, ctx, 0, false, false};
    // A copy, so helpers can take its address: a va_list parameter's own
    // address does not have type va_list* on x86-64.
    va_list ap;
    va_copy(ap, args);
    const char* p = fmt;
    while (*p != '\0' && !out.failed)
    {
        if (*p != '%')
        {
            const char* run = p;
            while (*p != '\0' && *p != '%')
            {
                p++;
            }
            put(&out, run, (size_t)(p - run));
            continue;
        }
        format_directive_t d;
        const char* text = p;
        p = parse_directive(p + 1, &d, &ap);
        convert(&out, &d, &ap, text, p);
    }
    va_end(ap);
    return out.failed ? -1 : (int)out.count;
}
