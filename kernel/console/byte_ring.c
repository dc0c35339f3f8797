#include "byte_ring.h"

#include <string.h>

void byte_ring_init(byte_ring_t* ring, char* bytes, size_t capacity)
{
    *ring = (byte_ring_t){.bytes = bytes, .capacity = capacity};
}

// Copy in runs: up to the end of the buffer, then from its start.
size_t byte_ring_put(byte_ring_t* ring, const char* bytes, size_t count)
{
    size_t room = byte_ring_room(ring);
    size_t put = count < room ? count : room;
    for (size_t done = 0; done < put;)
    {
        size_t tail = (ring->head + ring->count) % ring->capacity;
        size_t run = ring->capacity - tail;
        run = run < put - done ? run : put - done;
        memcpy(ring->bytes + tail, bytes + done, run);
        ring->count += run;
        done += run;
    }
    return put;
}

size_t byte_ring_take(byte_ring_t* ring, char* bytes, size_t count)
{
    size_t taken = count < ring->count ? count : ring->count;
    for (size_t done = 0; done < taken;)
    {
        size_t run = ring->capacity - ring->head;
        run = run < taken - done ? run : taken - done;
        memcpy(bytes + done, ring->bytes + ring->head, run);
        ring->head = (ring->head + run) % ring->capacity;
        ring->count -= run;
        done += run;
    }
    return taken;
}
