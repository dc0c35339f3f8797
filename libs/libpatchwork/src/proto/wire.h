// Little-endian fields of a message, read and written through a cursor
// that never leaves its buffer (internal to src/proto).
#ifndef PATCHWORK_PROTO_WIRE_H
#define PATCHWORK_PROTO_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct
{
    uint8_t* data;
    size_t length;
    size_t at;
    bool overflow; // a put or get went past the end (and did nothing)
} wire_t;

static inline bool wire_room(wire_t* wire, size_t count)
{
    if (wire->overflow || wire->length - wire->at < count)
    {
        wire->overflow = true;
        return false;
    }
    return true;
}

static inline void wire_put(wire_t* wire, uint64_t value, size_t bytes)
{
    if (wire_room(wire, bytes))
    {
        for (size_t i = 0; i < bytes; i++)
        {
            wire->data[wire->at++] = (uint8_t)(value >> (8 * i));
        }
    }
}

static inline uint64_t wire_get(wire_t* wire, size_t bytes)
{
    uint64_t value = 0;
    if (wire_room(wire, bytes))
    {
        for (size_t i = 0; i < bytes; i++)
        {
            value |= (uint64_t)wire->data[wire->at++] << (8 * i);
        }
    }
    return value;
}

static inline void wire_put_bytes(wire_t* wire, const void* bytes, size_t count)
{
    if (wire_room(wire, count))
    {
        for (size_t i = 0; i < count; i++)
        {
            wire->data[wire->at++] = ((const uint8_t*)bytes)[i];
        }
    }
}

static inline void wire_get_bytes(wire_t* wire, void* bytes, size_t count)
{
    if (wire_room(wire, count))
    {
        for (size_t i = 0; i < count; i++)
        {
            ((uint8_t*)bytes)[i] = wire->data[wire->at++];
        }
    }
}

#define wire_u32(w) ((uint32_t)wire_get((w), 4))
#define wire_i32(w) ((int32_t)(uint32_t)wire_get((w), 4))

#endif
