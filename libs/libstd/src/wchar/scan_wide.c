#include "scan_wide.h"

#include "format_wide.h"
#include "utf8.h"

#include <errno.h>
#include <string.h>

// Why piece by piece: as in format_wide.c, the format must become UTF-8
// and nothing here may allocate a copy of it.

static bool is_directive_part(wchar_t c)
{
    return c != 0 && c < 0x80 && strchr("*0123456789hljztL", (int)c) != NULL;
}

// The end of the directive at @p fmt (its '%'), a %[ set included.
static const wchar_t* directive_end(const wchar_t* fmt)
{
    const wchar_t* p = fmt + 1;
    while (is_directive_part(*p))
    {
        p++;
    }
    if (*p != L'[')
    {
        return *p != 0 ? p + 1 : p;
    }
    p++;
    p += *p == L'^';
    p += *p == L']'; // a ']' first belongs to the set
    while (*p != 0 && *p != L']')
    {
        p++;
    }
    return *p != 0 ? p + 1 : p;
}

// @p from..to as UTF-8 into @p text (room for FORMAT_WIDE_DIRECTIVE_MAX
// bytes and a terminator); false when it does not fit or cannot be encoded.
static bool encode_piece(const wchar_t* from, const wchar_t* to, char* text)
{
    size_t length = 0;
    for (; from < to; from++)
    {
        char bytes[UTF8_MAX];
        size_t n = _utf8_encode((uint32_t)*from, bytes);
        if (n == 0 || length + n > FORMAT_WIDE_DIRECTIVE_MAX)
        {
            return false;
        }
        memcpy(text + length, bytes, n);
        length += n;
    }
    text[length] = '\0';
    return true;
}

int _scan_wide(const scan_source_t* source, const wchar_t* fmt, va_list args)
{
    scan_run_t run;
    _scan_begin(&run, source, true, args);
    while (*fmt != 0 && run.result == SCAN_OK)
    {
        // One ordinary character (its bytes, matched one by one) or one directive.
        const wchar_t* end = *fmt == L'%' ? directive_end(fmt) : fmt + 1;
        char text[FORMAT_WIDE_DIRECTIVE_MAX + 1];
        if (!encode_piece(fmt, end, text))
        {
            errno = *fmt == L'%' ? EOVERFLOW : EILSEQ;
            break;
        }
        const char* p = text;
        while (*p != '\0' && run.result == SCAN_OK)
        {
            p = _scan_step(&run, p);
        }
        fmt = end;
    }
    return _scan_end(&run);
}
