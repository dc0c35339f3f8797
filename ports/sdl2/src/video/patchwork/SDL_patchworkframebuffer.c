/* SDL's window framebuffer: a buffer of our own in 0x00RRGGBB (XRGB8888,
 * SDL's RGB888, the dwm window's format with alpha ignored), copied into
 * the dwm window's pixels, which dwm shares, on each update, and only
 * then is dwm told which rectangles changed.
 *
 * SDL must not draw into the shared pixels themselves: dwm reads them
 * whenever it composes the screen, and a program draws its next frame
 * while dwm composes the last. Chocolate Doom, say, clears the window
 * before stretching the game's frame into it; on a slow machine dwm then
 * showed most of every frame black (tests/ports/doom_desktop.py). A copy
 * only ever puts finished frames there. */
#include "SDL_patchworkvideo.h"

#if SDL_VIDEO_DRIVER_PATCHWORK

#include <errno.h>
#include <string.h>

/* SDL makes its surface window->w by window->h over the buffer; the dwm
 * window is normally as big, but the buffer covers both in any case. */
int PATCHWORK_CreateWindowFramebuffer(_THIS, SDL_Window *window, Uint32 *format, void **pixels, int *pitch)
{
    PATCHWORK_WindowData *wdata = window->driverdata;
    const int w = SDL_max(window->w, (int)pw_window_width(wdata->pw));
    const int h = SDL_max(window->h, (int)pw_window_height(wdata->pw));

    SDL_free(wdata->back);
    wdata->back = SDL_calloc((size_t)w * (size_t)h, sizeof(Uint32));
    if (!wdata->back) {
        wdata->back_w = wdata->back_h = 0;
        return SDL_OutOfMemory();
    }
    wdata->back_w = w;
    wdata->back_h = h;
    *format = SDL_PIXELFORMAT_RGB888;
    *pixels = wdata->back;
    *pitch = w * (int)sizeof(Uint32);
    return 0;
}

/* Each rectangle is cut to both the buffer and the window (a resize can
 * come between SDL's drawing and its update), copied, and sent as damage:
 * dwm drops a client whose damage leaves its window. */
int PATCHWORK_UpdateWindowFramebuffer(_THIS, SDL_Window *window, const SDL_Rect *rects, int numrects)
{
    PATCHWORK_WindowData *wdata = window->driverdata;
    uint32_t stride = 0;
    uint32_t *shared = pw_window_pixels(wdata->pw, &stride);
    const SDL_Rect whole = { 0, 0, SDL_min((int)pw_window_width(wdata->pw), wdata->back_w),
                             SDL_min((int)pw_window_height(wdata->pw), wdata->back_h) };
    proto_rect_t damage[PROTO_MAX_RECTS];
    size_t count = 0;
    int i, y;

    if (!shared || !wdata->back) {
        return SDL_SetError("patchwork: the window has no pixels");
    }
    for (i = 0; i < numrects; i++) {
        SDL_Rect cut;
        if (!SDL_IntersectRect(&rects[i], &whole, &cut)) {
            continue;
        }
        for (y = cut.y; y < cut.y + cut.h; y++) {
            SDL_memcpy(shared + (size_t)y * stride + cut.x, wdata->back + (size_t)y * (size_t)wdata->back_w + cut.x,
                       (size_t)cut.w * sizeof(Uint32));
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

void PATCHWORK_DestroyWindowFramebuffer(_THIS, SDL_Window *window)
{
    PATCHWORK_WindowData *wdata = window->driverdata;

    if (wdata) {
        SDL_free(wdata->back);
        wdata->back = NULL;
        wdata->back_w = wdata->back_h = 0;
    }
}

#endif /* SDL_VIDEO_DRIVER_PATCHWORK */
