// printf to a descriptor with no stream: formatted through a small buffer
// on the stack that is written out whenever it fills.
#include "../../../src/stdio/format.h"

#include <stdio.h>
#include <string.h>
#include <sys/io.h>

#define CHUNK 512

typedef struct
{
    fd_t fd;
    char buffer[CHUNK];
    size_t used;
    bool failed;
} fd_output_t;

static void write_out(fd_output_t* out)
{
    size_t done = 0;
    while (!out->failed && done < out->used)
    {
        ssize_t written = write(out->fd, out->buffer + done, out->used - done);
        if (written <= 0)
        {
            out->failed = true;
            break;
        }
        done += (size_t)written;
    }
    out->used = 0;
}

static void emit_to_fd(void* ctx, const char* text, size_t length)
{
    fd_output_t* out = ctx;
    while (length > 0 && !out->failed)
    {
        size_t n = CHUNK - out->used < length ? CHUNK - out->used : length;
        memcpy(out->buffer + out->used, text, n);
        out->used += n;
        text += n;
        length -= n;
        if (out->used == CHUNK)
        {
            write_out(out);
        }
    }
}

int vdprintf(int fd, const char* restrict fmt, va_list args)
{
    fd_output_t out = {.fd = fd};
    int length = _format(emit_to_fd, &out, fmt, args);
    write_out(&out);
    return out.failed ? -1 : length;
}

int dprintf(int fd, const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vdprintf(fd, fmt, args);
    va_end(args);
    return length;
}
