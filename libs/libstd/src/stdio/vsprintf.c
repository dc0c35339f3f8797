#include "format.h"

#include <stdio.h>
#include <string.h>

static void emit_unbounded(void* ctx, const char* text, size_t length)
{
    char** dest = ctx;
    memcpy(*dest, text, length);
    *dest += length;
}

int vsprintf(char* restrict dest, const char* restrict fmt, va_list args)
{
    char* end = dest;
    int length = _format(emit_unbounded, &end, fmt, args);
    *end = '\0';
    return length;
}
