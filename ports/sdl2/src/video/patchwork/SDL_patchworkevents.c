/* SDL_PumpEvents: every event dwm has sent so far, without waiting,
 * turned into SDL's; then the key repeats that are due. */
#include "SDL_patchworkvideo.h"

#if SDL_VIDEO_DRIVER_PATCHWORK

#include "../../events/SDL_events_c.h"
#include "../../events/SDL_keyboard_c.h"
#include "../../events/SDL_windowevents_c.h"

#include <errno.h>

static void handle_event(_THIS, const proto_msg_t *event)
{
    SDL_Window *window;

    switch (event->header.type) {
    case PROTO_KEY_EVENT:
        PATCHWORK_HandleKey(_this, event);
        break;
    case PROTO_MOUSE_EVENT:
        window = PATCHWORK_FindWindow(_this, event->mouse.window);
        if (window) {
            PATCHWORK_HandleMouse(_this, window, event);
        }
        break;
    case PROTO_FOCUS:
        window = PATCHWORK_FindWindow(_this, event->focus.window);
        if (event->focus.focused && window) {
            SDL_SetKeyboardFocus(window);
        } else if (!event->focus.focused && window && SDL_GetKeyboardFocus() == window) {
            /* SDL lets go of the keys held, so none repeats or sticks. */
            SDL_SetKeyboardFocus(NULL);
            PATCHWORK_StopRepeat(_this);
        }
        break;
    case PROTO_CLOSE_REQUEST:
        /* SDL turns the last window's close into SDL_QUIT. */
        window = PATCHWORK_FindWindow(_this, event->close_request.window);
        if (window) {
            SDL_SendWindowEvent(window, SDL_WINDOWEVENT_CLOSE, 0, 0);
        }
        break;
    case PROTO_RESIZE_REQUEST:
        /* The user dragged the frame: only resizable windows follow. */
        window = PATCHWORK_FindWindow(_this, event->resize.window);
        if (window && (window->flags & SDL_WINDOW_RESIZABLE) && !(window->flags & SDL_WINDOW_FULLSCREEN)) {
            PATCHWORK_ResizeWindow(window, (int)event->resize.width, (int)event->resize.height);
        }
        break;
    default:
        /* Replies (window-resized, sync-done) are taken by libpatchwork. */
        break;
    }
}

void PATCHWORK_PumpEvents(_THIS)
{
    PATCHWORK_VideoData *data = _this->driverdata;
    proto_msg_t event;
    int got;

    if (!data->client || data->lost) {
        return;
    }
    while ((got = pw_next_event(data->client, &event, 0)) > 0) {
        handle_event(_this, &event);
    }
    if (got < 0 && errno != EAGAIN && errno != EINTR) {
        /* dwm is gone, and with it every window: the program should end. */
        data->lost = SDL_TRUE;
        SDL_SendQuit();
        return;
    }
    PATCHWORK_RepeatKeys(_this);
}

#endif /* SDL_VIDEO_DRIVER_PATCHWORK */
