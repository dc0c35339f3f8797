/* SDL windows as dwm windows: created with SDL's position, size and
 * title; a window created full-screen is a popup (no decorations, above
 * the taskbar) covering the screen. */
#include "SDL_patchworkvideo.h"

#if SDL_VIDEO_DRIVER_PATCHWORK

#include "../../events/SDL_keyboard_c.h"
#include "../../events/SDL_mouse_c.h"
#include "../../events/SDL_windowevents_c.h"

#include <errno.h>
#include <string.h>

static int clamp_position(int v)
{
    return v < -PROTO_MAX_POSITION ? -PROTO_MAX_POSITION : v > PROTO_MAX_POSITION ? PROTO_MAX_POSITION : v;
}

static int check_size(int w, int h)
{
    if (w < 1 || h < 1 || w > PROTO_MAX_SIDE || h > PROTO_MAX_SIDE) {
        return SDL_SetError("patchwork: a window is 1 to %d pixels wide and high, not %dx%d",
                            PROTO_MAX_SIDE, w, h);
    }
    return 0;
}

int PATCHWORK_CreateWindow(_THIS, SDL_Window *window)
{
    PATCHWORK_VideoData *data = _this->driverdata;
    PATCHWORK_WindowData *wdata;
    Uint32 kind = (window->flags & SDL_WINDOW_FULLSCREEN) ? PROTO_WINDOW_POPUP : 0;

    if (check_size(window->w, window->h) < 0) {
        return -1;
    }
    wdata = SDL_calloc(1, sizeof(*wdata));
    if (!wdata) {
        return SDL_OutOfMemory();
    }
    wdata->pw = pw_window_create_kind(data->client, clamp_position(window->x), clamp_position(window->y),
                                      (uint32_t)window->w, (uint32_t)window->h, window->title, kind);
    if (!wdata->pw) {
        SDL_free(wdata);
        return SDL_SetError("patchwork: dwm made no window: %s", strerror(errno));
    }
    window->driverdata = wdata;
    /* dwm gives a new window the keyboard when it is shown; its focus
     * event follows, but programs look before they pump. */
    SDL_SetKeyboardFocus(window);
    return 0;
}

void PATCHWORK_DestroyWindow(_THIS, SDL_Window *window)
{
    PATCHWORK_WindowData *wdata = window->driverdata;

    if (!wdata) {
        return;
    }
    pw_window_close(wdata->pw);
    SDL_free(wdata->back);
    SDL_free(wdata);
    window->driverdata = NULL;
}

void PATCHWORK_SetWindowTitle(_THIS, SDL_Window *window)
{
    PATCHWORK_WindowData *wdata = window->driverdata;
    /* libpatchwork cuts the title to dwm's 64 bytes and masks control bytes. */
    pw_window_set_title(wdata->pw, window->title ? window->title : "");
}

/* Geometry changes wait until dwm has done them (a sync): when SDL's call
 * returns, the window is where and as big as SDL says, also for input
 * that another client (or a test) sends next. They are rare, so the
 * round trip costs little. */
static void wait_for_dwm(void)
{
    PATCHWORK_VideoData *data = SDL_GetVideoDevice()->driverdata;
    pw_sync(data->client);
}

void PATCHWORK_SetWindowPosition(_THIS, SDL_Window *window)
{
    PATCHWORK_WindowData *wdata = window->driverdata;
    pw_window_move(wdata->pw, clamp_position(window->x), clamp_position(window->y));
    wait_for_dwm();
}

int PATCHWORK_ResizeWindow(SDL_Window *window, int w, int h)
{
    PATCHWORK_WindowData *wdata = window->driverdata;

    if (check_size(w, h) < 0) {
        return -1;
    }
    if ((int)pw_window_width(wdata->pw) != w || (int)pw_window_height(wdata->pw) != h) {
        if (pw_window_resize(wdata->pw, (uint32_t)w, (uint32_t)h) < 0) {
            return SDL_SetError("patchwork: dwm did not resize the window: %s", strerror(errno));
        }
    }
    wait_for_dwm();
    /* The pixels moved: SDL makes the window's surface again. */
    SDL_SendWindowEvent(window, SDL_WINDOWEVENT_RESIZED, w, h);
    return 0;
}

void PATCHWORK_SetWindowSize(_THIS, SDL_Window *window)
{
    PATCHWORK_ResizeWindow(window, window->w, window->h);
}

void PATCHWORK_SetWindowFullscreen(_THIS, SDL_Window *window, SDL_VideoDisplay *display, SDL_bool fullscreen)
{
    PATCHWORK_WindowData *wdata = window->driverdata;

    if (fullscreen) {
        /* The content covers the screen; an ordinary window's title bar
         * is then above it, off the screen. */
        pw_window_move(wdata->pw, 0, 0);
        PATCHWORK_ResizeWindow(window, display->desktop_mode.w, display->desktop_mode.h);
    } else {
        PATCHWORK_ResizeWindow(window, window->windowed.w, window->windowed.h);
        pw_window_move(wdata->pw, clamp_position(window->windowed.x), clamp_position(window->windowed.y));
        wait_for_dwm();
    }
}

SDL_Window *PATCHWORK_FindWindow(_THIS, Uint32 id)
{
    SDL_Window *window;

    for (window = _this->windows; window; window = window->next) {
        PATCHWORK_WindowData *wdata = window->driverdata;
        if (wdata && pw_window_id(wdata->pw) == id) {
            return window;
        }
    }
    return NULL;
}

#endif /* SDL_VIDEO_DRIVER_PATCHWORK */
