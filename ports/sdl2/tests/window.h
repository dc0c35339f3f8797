// The one SDL window and renderer sdl2check draws with (video.c), used by
// the input and close checks too.
#ifndef SDL2CHECK_WINDOW_H
#define SDL2CHECK_WINDOW_H

#include <SDL.h>

#define WINDOW_X 100
#define WINDOW_Y 120
#define WINDOW_W 160
#define WINDOW_H 100
#define WINDOW_TITLE "sdl2check window"

extern SDL_Window* check_window;
extern SDL_Renderer* check_renderer;

#endif
