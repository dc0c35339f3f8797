/* The driver's entry: the device's functions, connecting to dwm, and the
 * one display, whose mode is the screen dwm reports in its welcome. */
#include "SDL_patchworkvideo.h"

#if SDL_VIDEO_DRIVER_PATCHWORK

#include "../../events/SDL_keyboard_c.h"

#include <errno.h>
#include <string.h>

#define PATCHWORK_DRIVER_NAME "patchwork"

static int PATCHWORK_VideoInit(_THIS)
{
    PATCHWORK_VideoData *data = _this->driverdata;
    const char *name = SDL_getenv(PATCHWORK_DWM_ENV);
    SDL_DisplayMode mode;

    data->client = pw_connect(name);
    if (!data->client) {
        return SDL_SetError("patchwork: cannot reach the window manager '%s': %s",
                            name ? name : PROTO_SOCKET_NAME, strerror(errno));
    }
    /* The screen as it is: dwm never changes its mode, so this is the
     * only mode there is, and full-screen windows take it whole. */
    SDL_zero(mode);
    mode.format = SDL_PIXELFORMAT_RGB888;
    mode.w = (int)pw_screen_width(data->client);
    mode.h = (int)pw_screen_height(data->client);
    if (SDL_AddBasicVideoDisplay(&mode) < 0) {
        pw_disconnect(data->client);
        data->client = NULL;
        return -1;
    }
    SDL_AddDisplayMode(&_this->displays[0], &mode);
    PATCHWORK_InitMouse(_this);
    data->repeat_scancode = SDL_SCANCODE_UNKNOWN;
    return 0;
}

static void PATCHWORK_VideoQuit(_THIS)
{
    PATCHWORK_VideoData *data = _this->driverdata;
    if (data->client) {
        pw_disconnect(data->client);
        data->client = NULL;
    }
}

/* There is one mode, so "setting" it is only accepting it. */
static int PATCHWORK_SetDisplayMode(_THIS, SDL_VideoDisplay *display, SDL_DisplayMode *mode)
{
    if (mode->w != display->desktop_mode.w || mode->h != display->desktop_mode.h) {
        return SDL_SetError("patchwork: the screen has one mode, %dx%d",
                            display->desktop_mode.w, display->desktop_mode.h);
    }
    return 0;
}

static void PATCHWORK_DeleteDevice(SDL_VideoDevice *device)
{
    SDL_free(device->driverdata);
    SDL_free(device);
}

static SDL_VideoDevice *PATCHWORK_CreateDevice(void)
{
    SDL_VideoDevice *device = SDL_calloc(1, sizeof(*device));
    PATCHWORK_VideoData *data = SDL_calloc(1, sizeof(*data));

    if (!device || !data) {
        SDL_free(device);
        SDL_free(data);
        SDL_OutOfMemory();
        return NULL;
    }
    device->driverdata = data;
    device->VideoInit = PATCHWORK_VideoInit;
    device->VideoQuit = PATCHWORK_VideoQuit;
    device->SetDisplayMode = PATCHWORK_SetDisplayMode;
    device->PumpEvents = PATCHWORK_PumpEvents;
    device->CreateSDLWindow = PATCHWORK_CreateWindow;
    device->DestroyWindow = PATCHWORK_DestroyWindow;
    device->SetWindowTitle = PATCHWORK_SetWindowTitle;
    device->SetWindowPosition = PATCHWORK_SetWindowPosition;
    device->SetWindowSize = PATCHWORK_SetWindowSize;
    device->SetWindowFullscreen = PATCHWORK_SetWindowFullscreen;
    device->CreateWindowFramebuffer = PATCHWORK_CreateWindowFramebuffer;
    device->UpdateWindowFramebuffer = PATCHWORK_UpdateWindowFramebuffer;
    device->DestroyWindowFramebuffer = PATCHWORK_DestroyWindowFramebuffer;
    device->free = PATCHWORK_DeleteDevice;
    return device;
}

VideoBootStrap PATCHWORK_bootstrap = {
    PATCHWORK_DRIVER_NAME, "PatchworkOS windows of the dwm window manager",
    PATCHWORK_CreateDevice
};

#endif /* SDL_VIDEO_DRIVER_PATCHWORK */
