// What each client request does, once proto_decode has checked its
// fields; here the rules that need dwm's state (docs/desktop.md,
// "Validation"): hello first and once, windows the client owns, the
// surface dwm gave, damage inside the window; activate only for the
// client's own windows or a watching client's. false disconnects.
#include "dwm.h"

#include <string.h>

static bool refuse(int client, const proto_msg_t* request, uint32_t code)
{
    proto_msg_t msg = {.header.type = PROTO_ERROR, .error = {code, request->header.sequence}};
    server_send(client, &msg);
    return true; // not the client's fault
}

static bool send_surface(int client, uint32_t type, const window_t* window)
{
    proto_msg_t msg = {.header.type = type};
    msg.surface.window = window->id;
    msg.surface.width = window->given.width, msg.surface.height = window->given.height;
    msg.surface.stride = window->given.stride, msg.surface.shm = window->given.shm;
    server_send(client, &msg);
    return true;
}

static void set_title(window_t* window, const char* title, uint32_t length)
{
    memcpy(window->title, title, length);
    window->title[length] = '\0';
    screen_damage(window_frame(window));
    watch_window(window);
}

static bool create(int client, const proto_msg_t* m)
{
    if (clients[client].windows >= PROTO_MAX_WINDOWS)
    {
        return refuse(client, m, PROTO_ERR_TOO_MANY);
    }
    window_t* window = window_new(client, m->create.flags);
    if (window == NULL)
    {
        return refuse(client, m, PROTO_ERR_NO_MEMORY);
    }
    if (shared_new(&window->given, m->create.width, m->create.height) == -1)
    {
        window_free(window);
        return refuse(client, m, PROTO_ERR_NO_MEMORY);
    }
    clients[client].windows++;
    window->content = (rect_t){m->create.x, m->create.y, (int32_t)m->create.width, (int32_t)m->create.height};
    set_title(window, m->create.title, m->create.title_length);
    return send_surface(client, PROTO_WINDOW_CREATED, window);
}

static bool attach(window_t* window, uint64_t shm)
{
    if (shm == window->given.shm)
    {
        bool first = window->shown.shm == 0;
        screen_damage(window_frame(window)); // the old size's frame
        shared_free(&window->shown);
        window->shown = window->given;
        window->given = (shared_t){0};
        window->content.width = (int32_t)window->shown.width;
        window->content.height = (int32_t)window->shown.height;
        screen_damage(window_frame(window));
        if (first)
        {
            watch_window(window);
            // A new ordinary window or popup takes the keyboard, as if clicked.
            window_focus(window);
        }
        return true;
    }
    return shm == window->shown.shm && shm != 0; // attaching again is harmless
}

static bool damage(window_t* window, const proto_msg_t* m)
{
    if (window->shown.shm == 0)
    {
        return true; // not shown yet: nothing to redraw
    }
    for (uint32_t i = 0; i < m->damage.count; i++)
    {
        const proto_rect_t* r = &m->damage.rects[i];
        if (r->x + r->width > window->shown.width || r->y + r->height > window->shown.height)
        {
            return false;
        }
        screen_damage((rect_t){window->content.x + r->x, window->content.y + r->y, (int32_t)r->width,
                               (int32_t)r->height});
    }
    return true;
}

static bool resize(int client, window_t* window, const proto_msg_t* m)
{
    shared_free(&window->given); // an earlier resize not attached yet
    if (shared_new(&window->given, m->resize.width, m->resize.height) == -1)
    {
        return refuse(client, m, PROTO_ERR_NO_MEMORY);
    }
    return send_surface(client, PROTO_WINDOW_RESIZED, window);
}

static bool test_probe(int client, const proto_msg_t* m)
{
    screen_compose(); // the probe sees everything asked for so far
    proto_msg_t msg = {.header.type = PROTO_PROBE_RESULT};
    msg.probe.pixel = screen_pixel(m->test_probe.x, m->test_probe.y);
    msg.probe.clients = (uint32_t)server_count();
    msg.probe.windows = (uint32_t)window_count();
    server_send(client, &msg);
    return true;
}

// The window a request names, if the client owns it.
static uint32_t named(const proto_msg_t* m)
{
    switch (m->header.type)
    {
    case PROTO_ATTACH: return m->attach.window;
    case PROTO_DAMAGE: return m->damage.window;
    case PROTO_MOVE: return m->move.window;
    case PROTO_RESIZE: return m->resize.window;
    case PROTO_SET_TITLE: return m->title.window;
    case PROTO_CLOSE_WINDOW: return m->close.window;
    case PROTO_ACTIVATE: return m->activate.window;
    default: return 0;
    }
}

bool request_handle(int client, const proto_msg_t* m)
{
    client_t* c = &clients[client];
    if (!c->welcomed)
    {
        if (m->header.type != PROTO_HELLO)
        {
            return false;
        }
        c->welcomed = true;
        proto_msg_t msg = {.header.type = PROTO_WELCOME};
        msg.welcome.version = PROTO_VERSION, msg.welcome.client = c->id;
        msg.welcome.screen_width = options.width, msg.welcome.screen_height = options.height;
        server_send(client, &msg);
        return true;
    }
    if (m->header.type >= PROTO_TEST_KEY && m->header.type <= PROTO_TEST_PROBE && !options.test)
    {
        return false;
    }
    window_t* window = NULL;
    if (named(m) != 0 && (window = window_owned(client, named(m))) == NULL)
    {
        if (m->header.type != PROTO_ACTIVATE || !c->watching)
        {
            return false; // not a window of this client (anymore)
        }
        // A taskbar acts on others' windows, named in window-info; one
        // that has just closed is no fault of the taskbar's.
        window = window_find(m->activate.window);
        if (window == NULL || window->kind != 0)
        {
            return true;
        }
    }
    switch (m->header.type)
    {
    case PROTO_CREATE_WINDOW: return create(client, m);
    case PROTO_ATTACH: return attach(window, m->attach.shm);
    case PROTO_DAMAGE: return damage(window, m);
    case PROTO_MOVE:
        screen_damage(window_frame(window));
        window->content.x = m->move.x, window->content.y = m->move.y;
        screen_damage(window_frame(window));
        return true;
    case PROTO_RESIZE: return resize(client, window, m);
    case PROTO_SET_TITLE: set_title(window, m->title.title, m->title.title_length); return true;
    case PROTO_CLOSE_WINDOW:
        window_free(window);
        c->windows--;
        return true;
    case PROTO_SYNC:
    {
        screen_compose(); // everything asked for so far is on the screen
        proto_msg_t msg = {.header.type = PROTO_SYNC_DONE, .sync.token = m->sync.token};
        server_send(client, &msg);
        return true;
    }
    case PROTO_WATCH: watch_start(client); return true;
    case PROTO_ACTIVATE:
        if (m->activate.action == PROTO_ACTIVATE_MINIMISE)
        {
            window_minimise(window);
        }
        else
        {
            window_show(window);
        }
        return true;
    case PROTO_TEST_KEY: input_key(m->test_key.type, m->test_key.code); return true;
    case PROTO_TEST_MOUSE:
        input_pointer(m->test_mouse.x, m->test_mouse.y, m->test_mouse.buttons, m->test_mouse.wheel);
        return true;
    case PROTO_TEST_PROBE: return test_probe(client, m);
    default: return false; // a second hello
    }
}
