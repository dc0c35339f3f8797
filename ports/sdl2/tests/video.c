// The video driver under a dwm of our own: the display mode is dwm's
// screen, a window appears with its title, and what SDL's software
// renderer draws (a streaming texture, as chocolate-doom does, and filled
// rectangles) is what dwm composes, also after a resize and full-screen.
#include "check.h"
#include "window.h"

#include <SDL.h>
#include <errno.h>
#include <string.h>

SDL_Window* check_window;
SDL_Renderer* check_renderer;
static pw_client_t* dwm;

// dwm reads each client's stream in turn, so the damage SDL sent may be
// handled just after our probe: ask again for a while.
static uint32_t pixel_becomes(int32_t x, int32_t y, uint32_t want)
{
    uint32_t got = 0;
    for (int i = 0; i < 200; i++)
    {
        got = dwm_pixel_at(dwm, x, y);
        if (got == want)
        {
            break;
        }
        SDL_Delay(10);
    }
    return got;
}

static const char* driver_and_display(void)
{
    SDL_DisplayMode mode;
    CHECK(SDL_InitSubSystem(SDL_INIT_VIDEO) == 0, "SDL_INIT_VIDEO: %s", SDL_GetError());
    CHECK(strcmp(SDL_GetCurrentVideoDriver(), "patchwork") == 0, "the driver is %s", SDL_GetCurrentVideoDriver());
    CHECK(SDL_GetCurrentDisplayMode(0, &mode) == 0, "SDL_GetCurrentDisplayMode: %s", SDL_GetError());
    CHECK(mode.w == (int)pw_screen_width(dwm) && mode.h == (int)pw_screen_height(dwm),
          "the mode is %dx%d, the screen %ux%u", mode.w, mode.h, pw_screen_width(dwm), pw_screen_height(dwm));
    CHECK(SDL_GetNumDisplayModes(0) == 1, "%d modes", SDL_GetNumDisplayModes(0));
    CHECK(SDL_GetDesktopDisplayMode(0, &mode) == 0 && mode.format == SDL_PIXELFORMAT_RGB888,
          "the desktop's format is %s", SDL_GetPixelFormatName(mode.format));
    return NULL;
}

static const char* window_opens_with_title(void)
{
    proto_msg_t event;
    CHECK(pw_watch(dwm) == 0, "watch: %s", strerror(errno));
    check_window = SDL_CreateWindow(WINDOW_TITLE, WINDOW_X, WINDOW_Y, WINDOW_W, WINDOW_H, SDL_WINDOW_RESIZABLE);
    CHECK(check_window != NULL, "SDL_CreateWindow: %s", SDL_GetError());
    CHECK(dwm_wait_windows(dwm, 1, 10000), "dwm has %d windows, not 1", dwm_windows(dwm));
    for (int i = 0; i < 100; i++)
    {
        if (pw_next_event(dwm, &event, 100000000ull) == 1 && event.header.type == PROTO_WINDOW_INFO &&
            event.info.title_length == strlen(WINDOW_TITLE) &&
            memcmp(event.info.title, WINDOW_TITLE, event.info.title_length) == 0)
        {
            return NULL;
        }
    }
    return check_reason("dwm never told of a window titled '%s'", WINDOW_TITLE);
}

static const char* streaming_texture_shows(void)
{
    SDL_Texture* texture;
    void* pixels;
    int pitch;
    uint32_t got;

    check_renderer = SDL_CreateRenderer(check_window, -1, SDL_RENDERER_SOFTWARE);
    CHECK(check_renderer != NULL, "SDL_CreateRenderer: %s", SDL_GetError());
    texture = SDL_CreateTexture(check_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, WINDOW_W,
                                WINDOW_H);
    CHECK(texture != NULL, "SDL_CreateTexture: %s", SDL_GetError());
    CHECK(SDL_LockTexture(texture, NULL, &pixels, &pitch) == 0, "SDL_LockTexture: %s", SDL_GetError());
    for (int y = 0; y < WINDOW_H; y++)
    {
        Uint32* row = (Uint32*)((Uint8*)pixels + y * pitch);
        for (int x = 0; x < WINDOW_W; x++)
        {
            row[x] = x < WINDOW_W / 2 ? 0xFF336699 : 0xFF996633;
        }
    }
    SDL_UnlockTexture(texture);
    CHECK(SDL_RenderCopy(check_renderer, texture, NULL, NULL) == 0, "SDL_RenderCopy: %s", SDL_GetError());
    SDL_RenderPresent(check_renderer);
    got = pixel_becomes(WINDOW_X + 5, WINDOW_Y + 5, 0x336699);
    CHECK(got == 0x336699, "left half: 0x%06x on the screen, not 0x336699", got);
    got = pixel_becomes(WINDOW_X + WINDOW_W - 3, WINDOW_Y + WINDOW_H - 3, 0x996633);
    CHECK(got == 0x996633, "right half: 0x%06x on the screen, not 0x996633", got);
    SDL_DestroyTexture(texture);
    return NULL;
}

static const char* filled_rectangle_shows(void)
{
    SDL_Rect corner = {0, 0, 10, 10};
    uint32_t got;
    CHECK(SDL_SetRenderDrawColor(check_renderer, 255, 0, 0, 255) == 0, "%s", SDL_GetError());
    CHECK(SDL_RenderFillRect(check_renderer, &corner) == 0, "SDL_RenderFillRect: %s", SDL_GetError());
    SDL_RenderPresent(check_renderer);
    got = pixel_becomes(WINDOW_X + 2, WINDOW_Y + 2, 0xFF0000);
    CHECK(got == 0xFF0000, "the corner is 0x%06x, not red", got);
    return NULL;
}

static const char* resize_redraws(void)
{
    int w, h;
    uint32_t got;
    SDL_SetWindowSize(check_window, 200, 150);
    SDL_GetWindowSize(check_window, &w, &h);
    CHECK(w == 200 && h == 150, "the window is %dx%d", w, h);
    CHECK(SDL_GetRendererOutputSize(check_renderer, &w, &h) == 0 && w == 200 && h == 150,
          "the renderer draws %dx%d", w, h);
    SDL_SetRenderDrawColor(check_renderer, 0, 0, 255, 255);
    SDL_RenderClear(check_renderer);
    SDL_RenderPresent(check_renderer);
    got = pixel_becomes(WINDOW_X + 197, WINDOW_Y + 147, 0x0000FF);
    CHECK(got == 0x0000FF, "the new corner is 0x%06x, not blue", got);
    return NULL;
}

// chocolate-doom's path: a streaming texture copied into a target
// texture, which is then scaled onto the window.
static const char* target_texture_scales(void)
{
    SDL_Texture* small = SDL_CreateTexture(check_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, 8, 8);
    SDL_Texture* target = SDL_CreateTexture(check_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, 16, 16);
    Uint32 pixels[8 * 8];
    uint32_t got;
    CHECK(small != NULL && target != NULL, "SDL_CreateTexture: %s", SDL_GetError());
    for (int i = 0; i < 8 * 8; i++)
    {
        pixels[i] = 0xFF208040;
    }
    CHECK(SDL_UpdateTexture(small, NULL, pixels, 8 * sizeof(Uint32)) == 0, "SDL_UpdateTexture: %s", SDL_GetError());
    CHECK(SDL_SetRenderTarget(check_renderer, target) == 0, "SDL_SetRenderTarget: %s", SDL_GetError());
    SDL_RenderCopy(check_renderer, small, NULL, NULL);
    CHECK(SDL_SetRenderTarget(check_renderer, NULL) == 0, "SDL_SetRenderTarget(NULL): %s", SDL_GetError());
    CHECK(SDL_RenderCopy(check_renderer, target, NULL, NULL) == 0, "SDL_RenderCopy: %s", SDL_GetError());
    SDL_RenderPresent(check_renderer);
    got = pixel_becomes(WINDOW_X + WINDOW_W / 2, WINDOW_Y + WINDOW_H / 2, 0x208040);
    CHECK(got == 0x208040, "the middle is 0x%06x, not 0x208040", got);
    got = pixel_becomes(WINDOW_X + WINDOW_W - 2, WINDOW_Y + WINDOW_H - 2, 0x208040);
    CHECK(got == 0x208040, "the corner is 0x%06x: the texture was not scaled up", got);
    SDL_DestroyTexture(target);
    SDL_DestroyTexture(small);
    return NULL;
}

void check_video(pw_client_t* client)
{
    dwm = client;
    check_run("driver-and-display-mode", driver_and_display);
    check_run("window-opens-with-title", window_opens_with_title);
    if (check_window == NULL)
    {
        return;
    }
    check_run("streaming-texture-shows", streaming_texture_shows);
    if (check_renderer == NULL)
    {
        return;
    }
    check_run("filled-rectangle-shows", filled_rectangle_shows);
    check_run("target-texture-scales", target_texture_scales);
    check_run("resize-redraws", resize_redraws);
}
