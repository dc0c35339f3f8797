/* The PatchworkOS video driver: SDL windows are windows of the desktop
 * window manager dwm (docs/desktop.md), reached through libpatchwork's
 * client (<patchwork/client.h>). What the driver's files share. */
#ifndef SDL_patchworkvideo_h_
#define SDL_patchworkvideo_h_

#include "../../SDL_internal.h"
#include "SDL_scancode.h"
#include "../SDL_sysvideo.h"

#include <patchwork/client.h>

/* The environment variable naming the dwm socket to use (default "dwm"):
 * the tests run their own "dwm --test" under another name. */
#define PATCHWORK_DWM_ENV "SDL_PATCHWORK_DWM"

/* Key repeat, done here because dwm repeats no keys: the first repeat
 * after this long, then one every PATCHWORK_REPEAT_INTERVAL_NS. */
#define PATCHWORK_REPEAT_DELAY_NS 500000000ull
#define PATCHWORK_REPEAT_INTERVAL_NS 33000000ull

typedef struct
{
    pw_client_t *client;
    SDL_bool lost; /* dwm went away: SDL_QUIT was sent once */

    /* The key being repeated by the driver (SDL_SCANCODE_UNKNOWN: none). */
    SDL_Scancode repeat_scancode;
    Uint32 repeat_code;      /* its dwm scan code, for the text */
    Uint32 repeat_modifiers; /* dwm's modifier bits when it went down */
    Uint64 repeat_next_ns;   /* uptime of the next repeat */
    SDL_bool repeat_by_os;   /* presses came again while held: no timer */
} PATCHWORK_VideoData;

typedef struct
{
    pw_window_t *pw;
    Uint32 buttons; /* the PROTO_BUTTON_ bits last reported */

    /* SDL's window framebuffer (SDL_patchworkframebuffer.c): drawn here,
     * copied to the dwm window's pixels on an update. */
    Uint32 *back;
    int back_w, back_h;
} PATCHWORK_WindowData;

/* SDL_patchworkwindow.c */
int PATCHWORK_CreateWindow(_THIS, SDL_Window *window);
void PATCHWORK_DestroyWindow(_THIS, SDL_Window *window);
void PATCHWORK_SetWindowTitle(_THIS, SDL_Window *window);
void PATCHWORK_SetWindowPosition(_THIS, SDL_Window *window);
void PATCHWORK_SetWindowSize(_THIS, SDL_Window *window);
void PATCHWORK_SetWindowFullscreen(_THIS, SDL_Window *window, SDL_VideoDisplay *display, SDL_bool fullscreen);
/* Resize the dwm window, then tell SDL (its surface is then made again). */
int PATCHWORK_ResizeWindow(SDL_Window *window, int w, int h);
/* The SDL window whose dwm window has this id, or NULL. */
SDL_Window *PATCHWORK_FindWindow(_THIS, Uint32 id);

/* SDL_patchworkframebuffer.c */
int PATCHWORK_CreateWindowFramebuffer(_THIS, SDL_Window *window, Uint32 *format, void **pixels, int *pitch);
int PATCHWORK_UpdateWindowFramebuffer(_THIS, SDL_Window *window, const SDL_Rect *rects, int numrects);
void PATCHWORK_DestroyWindowFramebuffer(_THIS, SDL_Window *window);

/* SDL_patchworkevents.c */
void PATCHWORK_PumpEvents(_THIS);

/* SDL_patchworkkeyboard.c */
/* The SDL scancode of a dwm key code (<sys/input.h> set 1 make codes,
 * KBD_EXTENDED added), SDL_SCANCODE_UNKNOWN for codes without one. */
SDL_Scancode PATCHWORK_ScancodeFromCode(Uint32 code);
void PATCHWORK_HandleKey(_THIS, const proto_msg_t *event);
/* Repeats of the held key that are due. */
void PATCHWORK_RepeatKeys(_THIS);
void PATCHWORK_StopRepeat(_THIS);

/* SDL_patchworkmouse.c */
void PATCHWORK_InitMouse(_THIS);
void PATCHWORK_HandleMouse(_THIS, SDL_Window *window, const proto_msg_t *event);

#endif /* SDL_patchworkvideo_h_ */
