// The ranges of every field (docs/desktop.md, "Validation").
#include "internal.h"

static bool side(uint32_t value)
{
    return value >= 1 && value <= PROTO_MAX_SIDE;
}

static bool position(int32_t value)
{
    return value >= -PROTO_MAX_POSITION && value <= PROTO_MAX_POSITION;
}

// A damage rectangle lies inside the largest window.
static bool rect(const proto_rect_t* r)
{
    return r->x >= 0 && r->y >= 0 && r->x < PROTO_MAX_SIDE && r->y < PROTO_MAX_SIDE && side(r->width) &&
           side(r->height) && (uint32_t)r->x + r->width <= PROTO_MAX_SIDE &&
           (uint32_t)r->y + r->height <= PROTO_MAX_SIDE;
}

bool proto_title_valid(const char* title, size_t length)
{
    if (title == NULL || length > PROTO_MAX_TITLE)
    {
        return false;
    }
    for (size_t i = 0; i < length; i++)
    {
        unsigned char c = (unsigned char)title[i];
        if (c < 0x20 || c == 0x7F)
        {
            return false;
        }
    }
    return true;
}

static bool check(const proto_msg_t* m)
{
    switch (m->header.type)
    {
    case PROTO_HELLO:
        return m->hello.version == PROTO_VERSION;
    case PROTO_CREATE_WINDOW:
        return position(m->create.x) && position(m->create.y) && side(m->create.width) &&
               side(m->create.height) && proto_title_valid(m->create.title, m->create.title_length) &&
               (m->create.flags & ~(uint32_t)PROTO_WINDOW_KINDS) == 0 &&
               (m->create.flags & (m->create.flags - 1)) == 0; // one kind at most
    case PROTO_ATTACH:
        return m->attach.window != 0 && m->attach.shm != 0;
    case PROTO_DAMAGE:
        if (m->damage.window == 0 || m->damage.count == 0 || m->damage.count > PROTO_MAX_RECTS)
        {
            return false;
        }
        for (uint32_t i = 0; i < m->damage.count; i++)
        {
            if (!rect(&m->damage.rects[i]))
            {
                return false;
            }
        }
        return true;
    case PROTO_MOVE:
        return m->move.window != 0 && position(m->move.x) && position(m->move.y);
    case PROTO_RESIZE:
    case PROTO_RESIZE_REQUEST:
        return m->resize.window != 0 && side(m->resize.width) && side(m->resize.height);
    case PROTO_SET_TITLE:
        return m->title.window != 0 && proto_title_valid(m->title.title, m->title.title_length);
    case PROTO_CLOSE_WINDOW:
        return m->close.window != 0;
    case PROTO_SYNC:
    case PROTO_SYNC_DONE:
    case PROTO_WATCH:
        return true;
    case PROTO_ACTIVATE:
        return m->activate.window != 0 && m->activate.action <= PROTO_ACTIVATE_MINIMISE;
    case PROTO_WINDOW_INFO:
        return m->info.window != 0 && m->info.client != 0 && (m->info.state & ~(uint32_t)PROTO_STATES_ALL) == 0 &&
               proto_title_valid(m->info.title, m->info.title_length);
    case PROTO_TEST_KEY:
        return (m->test_key.type == PROTO_KEY_PRESS || m->test_key.type == PROTO_KEY_RELEASE) &&
               m->test_key.code <= 0xFFFF;
    case PROTO_TEST_MOUSE:
        return position(m->test_mouse.x) && position(m->test_mouse.y) &&
               (m->test_mouse.buttons & ~(uint32_t)PROTO_BUTTONS_ALL) == 0 && m->test_mouse.wheel >= -127 &&
               m->test_mouse.wheel <= 127;
    case PROTO_TEST_PROBE:
        return position(m->test_probe.x) && position(m->test_probe.y);
    case PROTO_WELCOME:
        return m->welcome.version == PROTO_VERSION && m->welcome.client != 0 &&
               side(m->welcome.screen_width) && side(m->welcome.screen_height);
    case PROTO_WINDOW_CREATED:
    case PROTO_WINDOW_RESIZED:
        return m->surface.window != 0 && side(m->surface.width) && side(m->surface.height) &&
               m->surface.stride >= m->surface.width && m->surface.stride <= PROTO_MAX_SIDE && m->surface.shm != 0;
    case PROTO_KEY_EVENT:
        return m->key.window != 0 && (m->key.type == PROTO_KEY_PRESS || m->key.type == PROTO_KEY_RELEASE) &&
               m->key.code <= 0xFFFF && (m->key.modifiers & ~(uint32_t)PROTO_MODS_ALL) == 0;
    case PROTO_MOUSE_EVENT:
        return m->mouse.window != 0 && position(m->mouse.x) && position(m->mouse.y) &&
               (m->mouse.buttons & ~(uint32_t)PROTO_BUTTONS_ALL) == 0 && m->mouse.wheel >= -127 &&
               m->mouse.wheel <= 127;
    case PROTO_FOCUS:
        return m->focus.window != 0 && m->focus.focused <= 1;
    case PROTO_CLOSE_REQUEST:
        return m->close_request.window != 0;
    case PROTO_ERROR:
        return m->error.code == PROTO_ERR_NO_MEMORY || m->error.code == PROTO_ERR_TOO_MANY;
    case PROTO_PROBE_RESULT:
        return true;
    default:
        return false;
    }
}

proto_error_t proto_check(const proto_msg_t* msg)
{
    return check(msg) ? PROTO_OK : PROTO_ERROR_FIELD;
}
