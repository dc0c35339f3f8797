// The header: finding whole messages in a byte stream.
#include "internal.h"

void proto_put_header(wire_t* wire, const proto_header_t* header)
{
    wire_put(wire, header->type, 2);
    wire_put(wire, PROTO_VERSION, 1);
    wire_put(wire, 0, 1);
    wire_put(wire, header->size, 4);
    wire_put(wire, header->sequence, 4);
    wire_put(wire, 0, 4);
}

proto_error_t proto_frame(const uint8_t* data, size_t length, proto_header_t* header)
{
    if (data == NULL || header == NULL)
    {
        return PROTO_ERROR_ARGUMENT;
    }
    *header = (proto_header_t){0};
    // The version and size are judged as soon as their bytes are there,
    // so a lying size is refused before anything waits for its bytes.
    if (length >= 3 && data[2] != PROTO_VERSION)
    {
        return PROTO_ERROR_VERSION;
    }
    if (length < 8)
    {
        return PROTO_NEED_MORE;
    }
    wire_t wire = {(uint8_t*)data, length, 0, false};
    uint32_t type = (uint32_t)wire_get(&wire, 2);
    wire_get(&wire, 1);
    uint32_t flags = (uint32_t)wire_get(&wire, 1);
    uint32_t size = wire_u32(&wire);
    if (size < PROTO_HEADER_SIZE || size > PROTO_MESSAGE_MAX)
    {
        return PROTO_ERROR_SIZE;
    }
    if (flags != 0)
    {
        return PROTO_ERROR_RESERVED;
    }
    if (length < PROTO_HEADER_SIZE)
    {
        return PROTO_NEED_MORE;
    }
    uint32_t sequence = wire_u32(&wire);
    if (wire_u32(&wire) != 0)
    {
        return PROTO_ERROR_RESERVED;
    }
    if (length < size)
    {
        return PROTO_NEED_MORE;
    }
    *header = (proto_header_t){type, size, sequence};
    return PROTO_OK;
}
