// window-info events: what a taskbar needs to show one button per
// ordinary window. A window is announced once it is first attached (on
// the screen), again whenever its title, focus or minimised state
// changes, and a last time without PROTO_STATE_OPEN when it closes.
#include "dwm.h"

#include <string.h>

static void tell(int client, const window_t* window)
{
    proto_msg_t msg = {.header.type = PROTO_WINDOW_INFO};
    msg.info.window = window->id;
    msg.info.client = clients[window->client].id;
    if (window->used) // else it is closing: state 0
    {
        msg.info.state = PROTO_STATE_OPEN | (window->minimised ? PROTO_STATE_MINIMISED : 0) |
                         (window_focused() == window ? PROTO_STATE_FOCUSED : 0);
    }
    msg.info.title_length = (uint32_t)strlen(window->title);
    memcpy(msg.info.title, window->title, msg.info.title_length);
    server_send(client, &msg);
}

// Windows the list shows: ordinary ones that have been on the screen.
static bool listed(const window_t* window)
{
    return window->kind == 0 && window->shown.shm != 0;
}

void watch_start(int client)
{
    clients[client].watching = true;
    for (int i = 0; window_stacked(i) != NULL; i++)
    {
        if (listed(window_stacked(i)))
        {
            tell(client, window_stacked(i));
        }
    }
}

void watch_window(const window_t* window)
{
    if (!listed(window))
    {
        return;
    }
    for (int i = 0; i < MAX_CLIENTS; i++)
    {
        if (clients[i].used && clients[i].watching && !clients[i].dead)
        {
            tell(i, window);
        }
    }
}
