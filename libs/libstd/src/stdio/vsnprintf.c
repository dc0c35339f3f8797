#include "format.h"

#include <stdio.h>
#include <string.h>

typedef struct
{
    char* dest;
    size_t room; // bytes that may still be written, excluding the terminator
} bounded_buffer_t;

static void emit_bounded(void* ctx, const char* text, size_t length)
{
    bounded_buffer_t* buffer = ctx;
    // Output beyond the buffer is dropped but still counted by _format.
    size_t n = length < buffer->room ? length : buffer->room;
    if (n == 0)
    {
        return;
    }
    memcpy(buffer->dest, text, n);
    buffer->dest += n;
    buffer->room -= n;
}

int vsnprintf(char* restrict dest, size_t size, const char* restrict fmt, va_list args)
{
    // With size 0, dest may be NULL: nothing is ever written through it.
    bounded_buffer_t buffer = {dest, size > 0 ? size - 1 : 0};
    int length = _format(emit_bounded, &buffer, fmt, args);
    if (size > 0)
    {
        *buffer.dest = '\0';
    }
    return length;
}
