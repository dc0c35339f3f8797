#include "stream.h"

#include "pipe.h"

#include <stddef.h>
#include <sys/io.h>

int stream_create(stream_end_t* a, stream_end_t* b)
{
    file_t* to_b[2];
    file_t* to_a[2];
    int result = pipe_create(0, to_b);
    if (result != 0)
    {
        return result;
    }
    result = pipe_create(0, to_a);
    if (result != 0)
    {
        file_put(to_b[0]);
        file_put(to_b[1]);
        return result;
    }
    *a = (stream_end_t){.rx = to_a[0], .tx = to_b[1]};
    *b = (stream_end_t){.rx = to_b[0], .tx = to_a[1]};
    return 0;
}

void stream_end_set_nonblock(stream_end_t* end, bool nonblock)
{
    // The pipe ends belong to this side alone, so their flags are ours.
    uint32_t set = nonblock ? FILE_NONBLOCK : 0;
    file_flags_change(end->rx, set, set ^ FILE_NONBLOCK);
    file_flags_change(end->tx, set, set ^ FILE_NONBLOCK);
}

ssize_t stream_end_read(stream_end_t* end, void* buffer, size_t count)
{
    return file_read(end->rx, buffer, count);
}

ssize_t stream_end_write(stream_end_t* end, const void* buffer, size_t count)
{
    return file_write(end->tx, buffer, count);
}

uint16_t stream_end_poll(stream_end_t* end)
{
    return (file_poll(end->rx) & (POLL_READ | POLL_HANGUP)) | (file_poll(end->tx) & (POLL_WRITE | POLL_ERROR));
}

void stream_end_close(stream_end_t* end)
{
    if (end->rx != NULL)
    {
        file_put(end->rx);
    }
    if (end->tx != NULL)
    {
        file_put(end->tx);
    }
    end->rx = end->tx = NULL;
}
