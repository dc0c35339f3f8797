#include "format_wide.h"

#include "utf8.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>

// Why directive by directive: the format must become UTF-8 for the narrow
// formatter, and nothing here may allocate a copy of a format of any
// length; a directive is short and fits on the stack.

static bool is_directive_part(wchar_t c)
{
    // Flags, digits, '*', '.' and the length modifiers' letters: what may
    // come between '%' and the conversion.
    return c != 0 && c < 0x80 && strchr("-+ #0123456789*.hljztL", (int)c) != NULL;
}

// Copy the directive at @p fmt (its '%') into @p text as UTF-8; returns
// the position after it, or NULL when it does not fit.
static const wchar_t* copy_directive(const wchar_t* fmt, char* text)
{
    size_t length = 0;
    const wchar_t* p = fmt + 1;
    while (is_directive_part(*p))
    {
        p++;
    }
    if (*p != 0)
    {
        p++; // the conversion
    }
    for (const wchar_t* c = fmt; c < p; c++)
    {
        char bytes[UTF8_MAX];
        size_t n = _utf8_encode((uint32_t)*c, bytes);
        if (n == 0 || length + n > FORMAT_WIDE_DIRECTIVE_MAX)
        {
            return NULL;
        }
        memcpy(text + length, bytes, n);
        length += n;
    }
    text[length] = '\0';
    return p;
}

int _format_wide(format_emit_t emit, void* ctx, const wchar_t* fmt, va_list args)
{
    format_output_t out = {emit, ctx, 0, false, true};
    va_list ap;
    va_copy(ap, args);
    // The narrow formatter sets errno only for a character it cannot
    // encode; any other failure is a length above INT_MAX.
    int saved = errno;
    errno = 0;
    int error = EOVERFLOW;
    while (*fmt != 0 && !out.failed)
    {
        if (*fmt != L'%')
        {
            char bytes[UTF8_MAX];
            size_t n = _utf8_encode((uint32_t)*fmt++, bytes);
            if (n == 0)
            {
                error = EILSEQ;
                out.failed = true;
                break;
            }
            _format_put(&out, bytes, n);
            continue;
        }
        char text[FORMAT_WIDE_DIRECTIVE_MAX + 1];
        fmt = copy_directive(fmt, text);
        if (fmt == NULL)
        {
            out.failed = true;
            break;
        }
        _format_directive(&out, text, &ap);
        if (out.failed && errno == EILSEQ)
        {
            error = EILSEQ;
        }
    }
    va_end(ap);
    errno = out.failed ? error : saved;
    return out.failed ? -1 : (int)out.count;
}
