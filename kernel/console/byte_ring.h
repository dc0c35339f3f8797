// A ring of bytes in a buffer its owner provides: the queues between a
// terminal's two sides (the console's typed and ready bytes, a
// pseudo-terminal's input and output). It has no lock: the owner's lock
// guards it, so a put or a take is one step with the owner's other state.
#ifndef KERNEL_CONSOLE_BYTE_RING_H
#define KERNEL_CONSOLE_BYTE_RING_H 1

#include <stddef.h>

typedef struct
{
    char* bytes;
    size_t capacity;
    size_t head;  /**< the oldest byte */
    size_t count; /**< bytes waiting */
} byte_ring_t;

/** A ring over @p bytes (@p capacity bytes), empty. */
void byte_ring_init(byte_ring_t* ring, char* bytes, size_t capacity);

/** Append as much of @p bytes as fits; how many were taken. */
size_t byte_ring_put(byte_ring_t* ring, const char* bytes, size_t count);

/** Remove up to @p count of the oldest bytes into @p bytes; how many. */
size_t byte_ring_take(byte_ring_t* ring, char* bytes, size_t count);

/** Bytes that would fit now. */
static inline size_t byte_ring_room(const byte_ring_t* ring)
{
    return ring->capacity - ring->count;
}

#endif
