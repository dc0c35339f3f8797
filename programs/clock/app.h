// The clock program's parts (main.c, loop.c, render.c) and what they
// share: the connection, the window, the fonts and the time shown.
#ifndef CLOCK_APP_H
#define CLOCK_APP_H

#include <patchwork/client.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>

#include <stdbool.h>
#include <time.h>

typedef struct
{
    pw_client_t* client;
    pw_window_t* window;
    surface_t surface;
    grf_font_t big;   // sans-20 (all zero if it could not be read: no text)
    grf_font_t small; // sans-14
    struct tm shown;  // the time on the screen
} app_t;

// render.c: draw the time TM; the first time (FIRST) the whole window,
// afterwards only what differs from app->shown: the hands that moved,
// the digital time, the date when it changed. Damages just that.
int app_render(app_t* app, const struct tm* tm, bool first);

// loop.c: show the time once a second until the window is closed (0) or
// the connection fails (-1).
int app_loop(app_t* app);

#endif
