#include "scan.h"

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
    if (d->negated)
    {
        for (size_t i = 0; i < sizeof(d->set); i++)
        {
            d->set[i] = (uint8_t)~d->set[i];
        }
    }
    return p + 1;
}
