// The tetris program's parts (main.c, loop.c, input.c, render.c) and
// what they share: the connection, the window and the game.
#ifndef TETRIS_APP_H
#define TETRIS_APP_H

#include "tetris.h"

#include <patchwork/client.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>

typedef struct
{
    pw_client_t* client;
    pw_window_t* window;
    surface_t surface; // the window's pixels
    grf_font_t big;    // sans-20; a font that failed to load is all zero: nothing is written
    grf_font_t small;  // sans-14
    tetris_t game;
} app_t;

// What handling an event asks of the loop.
typedef enum
{
    APP_NOTHING,
    APP_REDRAW, // the game changed
    APP_QUIT,
} app_result_t;

// input.c: a key press, a close request... turned into game actions.
app_result_t app_handle_event(app_t* app, const proto_msg_t* event);

// render.c: draw the whole window and tell dwm.
int app_render(app_t* app);

// loop.c: run until the player quits (0) or the connection fails (-1).
int app_loop(app_t* app);

#endif
