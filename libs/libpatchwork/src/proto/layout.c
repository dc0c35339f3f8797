// Each message type's payload, field by field (docs/desktop.md). One
// description serves both directions, so encoding and decoding cannot
// disagree about a layout.
#include "internal.h"

static void io(wire_t* wire, void* field, size_t bytes, bool writing)
{
    if (writing)
    {
        uint64_t value = bytes == 8 ? *(uint64_t*)field : *(uint32_t*)field;
        wire_put(wire, value, bytes);
    }
    else if (bytes == 8)
    {
        *(uint64_t*)field = wire_get(wire, 8);
    }
    else
    {
        *(uint32_t*)field = (uint32_t)wire_get(wire, 4);
    }
}

// A zero the reader must find (a reserved field).
static bool reserved(wire_t* wire, bool writing)
{
    uint32_t zero = 0;
    io(wire, &zero, 4, writing);
    return zero == 0;
}

static proto_error_t title(wire_t* wire, uint32_t* length, char* text, bool writing)
{
    io(wire, length, 4, writing);
    if (wire->overflow)
    {
        return PROTO_OK; // the caller reports the short message
    }
    if (*length > PROTO_MAX_TITLE)
    {
        return PROTO_ERROR_FIELD;
    }
    if (writing)
    {
        wire_put_bytes(wire, text, *length);
    }
    else
    {
        wire_get_bytes(wire, text, *length);
    }
    return PROTO_OK;
}

#define U32(field) io(wire, &(field), 4, writing)
#define U64(field) io(wire, &(field), 8, writing)

proto_error_t proto_payload(wire_t* wire, proto_msg_t* m, bool writing)
{
    bool zero = true;
    proto_error_t error = PROTO_OK;
    switch (m->header.type)
    {
    case PROTO_HELLO:
        U32(m->hello.version);
        zero = reserved(wire, writing);
        break;
    case PROTO_CREATE_WINDOW:
        U32(m->create.x), U32(m->create.y), U32(m->create.width), U32(m->create.height);
        U32(m->create.flags);
        error = title(wire, &m->create.title_length, m->create.title, writing);
        break;
    case PROTO_ATTACH:
        U32(m->attach.window);
        zero = reserved(wire, writing);
        U64(m->attach.shm);
        break;
    case PROTO_DAMAGE:
        U32(m->damage.window), U32(m->damage.count);
        if (!wire->overflow && (m->damage.count == 0 || m->damage.count > PROTO_MAX_RECTS))
        {
            return PROTO_ERROR_FIELD;
        }
        for (uint32_t i = 0; i < m->damage.count && !wire->overflow; i++)
        {
            proto_rect_t* r = &m->damage.rects[i];
            U32(r->x), U32(r->y), U32(r->width), U32(r->height);
        }
        break;
    case PROTO_MOVE:
        U32(m->move.window), U32(m->move.x), U32(m->move.y);
        break;
    case PROTO_RESIZE:
    case PROTO_RESIZE_REQUEST:
        U32(m->resize.window), U32(m->resize.width), U32(m->resize.height);
        break;
    case PROTO_SET_TITLE:
        U32(m->title.window);
        error = title(wire, &m->title.title_length, m->title.title, writing);
        break;
    case PROTO_CLOSE_WINDOW:
        U32(m->close.window);
        break;
    case PROTO_SYNC:
    case PROTO_SYNC_DONE:
        U32(m->sync.token);
        break;
    case PROTO_WATCH:
        zero = reserved(wire, writing);
        break;
    case PROTO_ACTIVATE:
        U32(m->activate.window), U32(m->activate.action);
        break;
    case PROTO_WINDOW_INFO:
        U32(m->info.window), U32(m->info.state), U32(m->info.client);
        error = title(wire, &m->info.title_length, m->info.title, writing);
        break;
    case PROTO_TEST_KEY:
        U32(m->test_key.type), U32(m->test_key.code);
        break;
    case PROTO_TEST_MOUSE:
        U32(m->test_mouse.x), U32(m->test_mouse.y), U32(m->test_mouse.buttons), U32(m->test_mouse.wheel);
        break;
    case PROTO_TEST_PROBE:
        U32(m->test_probe.x), U32(m->test_probe.y);
        break;
    case PROTO_WELCOME:
        U32(m->welcome.version), U32(m->welcome.client), U32(m->welcome.screen_width), U32(m->welcome.screen_height);
        break;
    case PROTO_WINDOW_CREATED:
    case PROTO_WINDOW_RESIZED:
        U32(m->surface.window), U32(m->surface.width), U32(m->surface.height), U32(m->surface.stride);
        U64(m->surface.shm);
        break;
    case PROTO_KEY_EVENT:
        U32(m->key.window), U32(m->key.type), U32(m->key.code), U32(m->key.modifiers);
        break;
    case PROTO_MOUSE_EVENT:
        U32(m->mouse.window), U32(m->mouse.x), U32(m->mouse.y), U32(m->mouse.buttons), U32(m->mouse.wheel);
        break;
    case PROTO_FOCUS:
        U32(m->focus.window), U32(m->focus.focused);
        break;
    case PROTO_CLOSE_REQUEST:
        U32(m->close_request.window);
        break;
    case PROTO_ERROR:
        U32(m->error.code), U32(m->error.sequence);
        break;
    case PROTO_PROBE_RESULT:
        U32(m->probe.pixel), U32(m->probe.clients), U32(m->probe.windows);
        break;
    default:
        return PROTO_ERROR_TYPE;
    }
    if (error != PROTO_OK)
    {
        return error;
    }
    return zero || wire->overflow ? PROTO_OK : PROTO_ERROR_RESERVED;
}
