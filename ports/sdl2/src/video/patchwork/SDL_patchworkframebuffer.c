/* SDL's window framebuffer is the dwm window's own pixels, shared with
 * dwm: SDL (and its software renderer) draws straight into them in
 * 0x00RRGGBB (XRGB8888, SDL's RGB888), the window's format with alpha
 * ignored, and an update only tells dwm which rectangles changed. */
#include "SDL_patchworkvideo.h"

#if SDL_VIDEO_DRIVER_PATCHWORK

#include <errno.h>
#include <string.h>

int PATCHWORK_CreateWindowFramebuffer(_THIS, SDL_Window *window, Uint32 *format, void **pixels, int *pitch)
{
    PATCHWORK_WindowData *wdata = window->driverdata;
    uint32_t stride = 0;

    *format = SDL_PIXELFORMAT_RGB888;
    *pixels = pw_window_pixels(wdata->pw, &stride);
    *pitch = (int)(stride * sizeof(uint32_t));
    if (!*pixels) {
        return SDL_SetError("patchwork: the window has no pixels");
    }
    return 0;
}

/* dwm drops a client whose damage leaves its window, so each rectangle is
 * cut to the window first, and empty ones are left out. */
int PATCHWORK_UpdateWindowFramebuffer(_THIS, SDL_Window *window, const SDL_Rect *rects, int numrects)
{
    PATCHWORK_WindowData *wdata = window->driverdata;
    const SDL_Rect whole = { 0, 0, (int)pw_window_width(wdata->pw), (int)pw_window_height(wdata->pw) };
    proto_rect_t damage[PROTO_MAX_RECTS];
    size_t count = 0;
    int i;

    for (i = 0; i < numrects; i++) {
        SDL_Rect cut;
        if (!SDL_IntersectRect(&rects[i], &whole, &cut)) {
            continue;
        }
        damage[count].x = cut.x;
        damage[count].y = cut.y;
        damage[count].width = (uint32_t)cut.w;
        damage[count].height = (uint32_t)cut.h;
        if (++count == SDL_arraysize(damage)) {
            if (pw_window_damage(wdata->pw, damage, count) < 0) {
                return SDL_SetError("patchwork: dwm did not take the damage: %s", strerror(errno));
            }
            count = 0;
        }
    }
    if (count > 0 && pw_window_damage(wdata->pw, damage, count) < 0) {
        return SDL_SetError("patchwork: dwm did not take the damage: %s", strerror(errno));
    }
    return 0;
}

/* The pixels belong to the dwm window; they go with it or its resize. */
void PATCHWORK_DestroyWindowFramebuffer(_THIS, SDL_Window *window)
{
}

#endif /* SDL_VIDEO_DRIVER_PATCHWORK */
