#include "scan.h"

#include "../wchar/utf8.h"

#include <string.h>

static void add(scan_directive_t* d, unsigned char c)
{
    d->set[c / 8] |= (uint8_t)(1u << (c % 8));
}

// A ']' right after "[" or "[^" belongs to the set. "a-z" is the range
// from a to z (C leaves '-' to the implementation; this is glibc's
// reading); a '-' first, last or in a backward pair stands for itself.
const char* _scan_parse_set(const char* p, scan_directive_t* d)
{
    memset(d->set, 0, sizeof(d->set));
    d->negated = *p == '^';
    p += d->negated;
    d->set_text = p;
    if (*p == ']')
    {
        add(d, ']');
        p++;
    }
    while (*p != '\0' && *p != ']')
    {
        unsigned char first = (unsigned char)p[0];
        // p[2] only exists when p[1] is not the terminator.
        unsigned char last = p[1] == '-' ? (unsigned char)p[2] : 0;
        if (p[1] == '-' && last != ']' && last != '\0' && last >= first)
        {
            for (unsigned c = first; c <= last; c++)
            {
                add(d, (unsigned char)c);
            }
            p += 3;
        }
        else
        {
            add(d, first);
            p++;
        }
    }
    if (*p != ']')
    {
        d->conversion = '\0'; // no closing bracket: malformed
        return p;
    }
    d->set_length = (size_t)(p - d->set_text);
    if (d->negated)
    {
        for (size_t i = 0; i < sizeof(d->set); i++)
        {
            d->set[i] = (uint8_t)~d->set[i];
        }
    }
    return p + 1;
}

// The next character of a set's text, decoded; the text came from a wide
// format, so it is well formed.
static uint32_t next_code(const char** p, const char* end)
{
    utf8_decoder_t decoder = {0};
    uint32_t code = 0;
    while (*p < end && _utf8_feed(&decoder, (unsigned char)*(*p)++, &code) == UTF8_MORE)
    {
    }
    return code;
}

// As _scan_parse_set reads the set, on code points.
bool _scan_set_lists(const scan_directive_t* d, uint32_t code)
{
    const char* p = d->set_text;
    const char* end = p + d->set_length;
    bool first_char = true;
    while (p < end)
    {
        uint32_t first = next_code(&p, end);
        if (first == ']' && !first_char)
        {
            break;
        }
        first_char = false;
        const char* after = p;
        if (after < end && *after == '-' && after + 1 < end)
        {
            after++;
            uint32_t last = next_code(&after, end);
            if (last >= first)
            {
                if (code >= first && code <= last)
                {
                    return true;
                }
                p = after;
                continue;
            }
        }
        if (code == first)
        {
            return true;
        }
    }
    return false;
}
