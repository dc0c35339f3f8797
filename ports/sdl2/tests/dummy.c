// SDL's dummy video driver, which the benchmark's headless timedemo uses:
// taken only when SDL_VIDEODRIVER names it, it draws into memory (the
// software renderer's pixels read back) and puts no window on dwm.
#include "check.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>

#define DUMMY_W 64
#define DUMMY_H 48
#define DUMMY_COLOUR 0x00336699u

static pw_client_t* dwm;

static const char* dummy_draws_in_memory(void)
{
    Uint32 pixels[DUMMY_W * DUMMY_H];
    SDL_Window* window;
    SDL_Renderer* renderer;
    const char* why = NULL;

    CHECK(setenv("SDL_VIDEODRIVER", "dummy", 1) == 0, "setenv");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0)
    {
        unsetenv("SDL_VIDEODRIVER");
        return check_reason("SDL_INIT_VIDEO with SDL_VIDEODRIVER=dummy: %s", SDL_GetError());
    }
    window = SDL_CreateWindow("dummy", 0, 0, DUMMY_W, DUMMY_H, 0);
    renderer = window == NULL ? NULL : SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (strcmp(SDL_GetCurrentVideoDriver(), "dummy") != 0)
    {
        why = check_reason("the driver is %s", SDL_GetCurrentVideoDriver());
    }
    else if (renderer == NULL)
    {
        why = check_reason("no window or renderer: %s", SDL_GetError());
    }
    else if (SDL_SetRenderDrawColor(renderer, 0x33, 0x66, 0x99, 0xFF) != 0 || SDL_RenderClear(renderer) != 0 ||
             SDL_RenderReadPixels(renderer, NULL, SDL_PIXELFORMAT_RGB888, pixels, DUMMY_W * 4) != 0)
    {
        why = check_reason("drawing: %s", SDL_GetError());
    }
    else if ((pixels[0] & 0xFFFFFF) != DUMMY_COLOUR || (pixels[DUMMY_W * DUMMY_H - 1] & 0xFFFFFF) != DUMMY_COLOUR)
    {
        why = check_reason("read back %06x and %06x, drew %06x", (unsigned)(pixels[0] & 0xFFFFFF),
                           (unsigned)(pixels[DUMMY_W * DUMMY_H - 1] & 0xFFFFFF), DUMMY_COLOUR);
    }
    else
    {
        SDL_RenderPresent(renderer);
        if (dwm_windows(dwm) != 0)
        {
            why = check_reason("dwm has %d windows: the dummy driver showed one", dwm_windows(dwm));
        }
    }
    if (renderer != NULL)
    {
        SDL_DestroyRenderer(renderer);
    }
    if (window != NULL)
    {
        SDL_DestroyWindow(window);
    }
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    unsetenv("SDL_VIDEODRIVER");
    return why;
}

void check_dummy_video(pw_client_t* client)
{
    dwm = client;
    check_run("dummy-video-draws-in-memory", dummy_draws_in_memory);
}
