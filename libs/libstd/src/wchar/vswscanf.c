#include "scan_wide.h"
#include "utf8.h"

// A wide string as the scanner's source of UTF-8 bytes: each character is
// encoded as it is reached, and stepping back re-encodes the one before.
typedef struct
{
    const wchar_t* next; // the character after the one in `bytes`
    char bytes[UTF8_MAX];
    size_t length;
    size_t pos;
} wide_string_source_t;

// A wide character with no UTF-8 form reads as a byte UTF-8 never has, so
// a conversion that decodes it fails with EILSEQ.
static size_t encode(wchar_t c, char* bytes)
{
    size_t length = _utf8_encode((uint32_t)c, bytes);
    if (length == 0)
    {
        bytes[0] = (char)0xFF;
        length = 1;
    }
    return length;
}

static int get_byte(void* ctx)
{
    wide_string_source_t* s = ctx;
    if (s->pos == s->length)
    {
        if (*s->next == 0)
        {
            return -1;
        }
        s->length = encode(*s->next++, s->bytes);
        s->pos = 0;
    }
    return (unsigned char)s->bytes[s->pos++];
}

static void unget_byte(void* ctx, int c)
{
    (void)c; // always the byte just before
    wide_string_source_t* s = ctx;
    if (s->pos == 0)
    {
        s->next--;
        s->length = encode(s->next[-1], s->bytes);
        s->pos = s->length;
    }
    s->pos--;
}

int vswscanf(const wchar_t* restrict str, const wchar_t* restrict fmt, va_list args)
{
    wide_string_source_t s = {str, {0}, 0, 0};
    scan_source_t source = {get_byte, unget_byte, &s};
    return _scan_wide(&source, fmt, args);
}
