// Whole messages: decoding with every check, encoding only what would
// decode.
#include "internal.h"

#include <string.h>

bool proto_type_valid(uint32_t type, proto_direction_t from)
{
    switch (type)
    {
    case PROTO_HELLO:
    case PROTO_CREATE_WINDOW:
    case PROTO_ATTACH:
    case PROTO_DAMAGE:
    case PROTO_MOVE:
    case PROTO_RESIZE:
    case PROTO_SET_TITLE:
    case PROTO_CLOSE_WINDOW:
    case PROTO_SYNC:
    case PROTO_WATCH:
    case PROTO_ACTIVATE:
    case PROTO_TEST_KEY:
    case PROTO_TEST_MOUSE:
    case PROTO_TEST_PROBE:
        return from == PROTO_FROM_CLIENT;
    case PROTO_WELCOME:
    case PROTO_WINDOW_CREATED:
    case PROTO_KEY_EVENT:
    case PROTO_MOUSE_EVENT:
    case PROTO_FOCUS:
    case PROTO_WINDOW_RESIZED:
    case PROTO_CLOSE_REQUEST:
    case PROTO_ERROR:
    case PROTO_PROBE_RESULT:
    case PROTO_SYNC_DONE:
    case PROTO_WINDOW_INFO:
    case PROTO_RESIZE_REQUEST:
        return from == PROTO_FROM_SERVER;
    default:
        return false;
    }
}

static proto_error_t decode(const uint8_t* data, size_t length, proto_direction_t from, proto_msg_t* msg)
{
    proto_header_t header;
    proto_error_t error = proto_frame(data, length, &header);
    if (error == PROTO_NEED_MORE)
    {
        return PROTO_ERROR_LENGTH; // cut short
    }
    if (error != PROTO_OK)
    {
        return error;
    }
    if (header.size != length)
    {
        return PROTO_ERROR_LENGTH;
    }
    if (!proto_type_valid(header.type, from))
    {
        return PROTO_ERROR_TYPE;
    }
    msg->header = header;
    wire_t wire = {(uint8_t*)data, length, PROTO_HEADER_SIZE, false};
    error = proto_payload(&wire, msg, false);
    if (error != PROTO_OK)
    {
        return error;
    }
    if (wire.overflow || wire.at != length)
    {
        return PROTO_ERROR_LENGTH; // shorter or longer than its fields
    }
    return proto_check(msg);
}

proto_error_t proto_decode(const uint8_t* data, size_t length, proto_direction_t from, proto_msg_t* msg)
{
    if (data == NULL || msg == NULL)
    {
        return PROTO_ERROR_ARGUMENT;
    }
    memset(msg, 0, sizeof(*msg));
    proto_error_t error = decode(data, length, from, msg);
    if (error != PROTO_OK)
    {
        memset(msg, 0, sizeof(*msg));
    }
    return error;
}

size_t proto_encode(const proto_msg_t* msg, uint8_t* out, size_t capacity)
{
    if (msg == NULL || out == NULL || proto_check(msg) != PROTO_OK)
    {
        return 0;
    }
    proto_msg_t copy = *msg; // proto_payload takes a writable message
    size_t room = capacity < PROTO_MESSAGE_MAX ? capacity : PROTO_MESSAGE_MAX;
    wire_t wire = {out, room, PROTO_HEADER_SIZE, room < PROTO_HEADER_SIZE};
    if (proto_payload(&wire, &copy, true) != PROTO_OK || wire.overflow)
    {
        return 0;
    }
    copy.header.size = (uint32_t)wire.at;
    wire_t head = {out, PROTO_HEADER_SIZE, 0, false};
    proto_put_header(&head, &copy.header);
    return wire.at;
}
