/* The mouse from dwm: its events give the pointer's position in the
 * window's content, the buttons held and wheel steps. SDL works out the
 * motion from positions, also in relative mode: dwm cannot move (warp)
 * the pointer, so relative motion stops at the window's edges. */
#include "SDL_patchworkvideo.h"

#if SDL_VIDEO_DRIVER_PATCHWORK

#include "SDL_events.h"
#include "../../events/SDL_mouse_c.h"

/* Relative mode is SDL's own bookkeeping over absolute positions: there
 * is nothing to switch in dwm, so it is accepted as it is. */
static int PATCHWORK_SetRelativeMouseMode(SDL_bool enabled)
{
    return 0;
}

void PATCHWORK_InitMouse(_THIS)
{
    SDL_Mouse *mouse = SDL_GetMouse();
    mouse->SetRelativeMouseMode = PATCHWORK_SetRelativeMouseMode;
}

static const struct
{
    Uint32 bit;
    Uint8 button;
} buttons[] = {
    { PROTO_BUTTON_LEFT, SDL_BUTTON_LEFT },
    { PROTO_BUTTON_RIGHT, SDL_BUTTON_RIGHT },
    { PROTO_BUTTON_MIDDLE, SDL_BUTTON_MIDDLE },
};

void PATCHWORK_HandleMouse(_THIS, SDL_Window *window, const proto_msg_t *event)
{
    PATCHWORK_WindowData *wdata = window->driverdata;
    Uint32 changed = wdata->buttons ^ event->mouse.buttons;
    size_t i;

    if (SDL_GetMouseFocus() != window) {
        SDL_SetMouseFocus(window);
    }
    /* SDL drops motion that moves nowhere. */
    SDL_SendMouseMotion(window, 0, 0, event->mouse.x, event->mouse.y);
    for (i = 0; i < SDL_arraysize(buttons); i++) {
        if (changed & buttons[i].bit) {
            SDL_SendMouseButton(window, 0, (event->mouse.buttons & buttons[i].bit) ? SDL_PRESSED : SDL_RELEASED,
                                buttons[i].button);
        }
    }
    wdata->buttons = event->mouse.buttons;
    /* dwm counts wheel steps towards the user as positive (the PS/2
     * wheel's sign); SDL's y is positive away from the user. */
    if (event->mouse.wheel != 0) {
        SDL_SendMouseWheel(window, 0, 0.0f, (float)-event->mouse.wheel, SDL_MOUSEWHEEL_NORMAL);
    }
}

#endif /* SDL_VIDEO_DRIVER_PATCHWORK */
