#include "scan.h"

#include <stdio.h>

// A string as a scan source: get steps forward, unget steps back.
static int get_byte(void* ctx)
{
    const unsigned char** p = ctx;
    return **p != '\0' ? *(*p)++ : EOF;
}

static void unget_byte(void* ctx, int c)
{
    (void)c; // always the byte just before
    const unsigned char** p = ctx;
    (*p)--;
}

int vsscanf(const char* restrict str, const char* restrict fmt, va_list args)
{
    const unsigned char* p = (const unsigned char*)str;
    scan_source_t source = {get_byte, unget_byte, &p};
    return _scan(&source, fmt, args);
}
