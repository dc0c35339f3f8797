// Input through dwm's test messages into the focused SDL window: scan
// codes to SDL scancodes and keycodes, text, key repeat, the mouse (its
// wheel, relative motion), a resize by dwm's corner, the close box
// giving SDL_QUIT, and full-screen and back.
#include "check.h"
#include "events.h"
#include "window.h"

#include <string.h>

static pw_client_t* dwm;

typedef struct
{
    Uint32 code; // <sys/input.h> scan code
    SDL_Scancode scancode;
    SDL_Keycode sym;
} key_case_t;

static const key_case_t keys[] = {
    {0x1E, SDL_SCANCODE_A, SDLK_a},           {0x2C, SDL_SCANCODE_Z, SDLK_z},
    {0x02, SDL_SCANCODE_1, SDLK_1},           {0x0B, SDL_SCANCODE_0, SDLK_0},
    {0x1C, SDL_SCANCODE_RETURN, SDLK_RETURN}, {0x01, SDL_SCANCODE_ESCAPE, SDLK_ESCAPE},
    {0x39, SDL_SCANCODE_SPACE, SDLK_SPACE},   {0x0F, SDL_SCANCODE_TAB, SDLK_TAB},
    {0x0E, SDL_SCANCODE_BACKSPACE, SDLK_BACKSPACE}, {0x2A, SDL_SCANCODE_LSHIFT, SDLK_LSHIFT},
    {0x1D, SDL_SCANCODE_LCTRL, SDLK_LCTRL},   {0x38, SDL_SCANCODE_LALT, SDLK_LALT},
    {0xE01D, SDL_SCANCODE_RCTRL, SDLK_RCTRL}, {0x3B, SDL_SCANCODE_F1, SDLK_F1},
    {0x44, SDL_SCANCODE_F10, SDLK_F10},       {0x58, SDL_SCANCODE_F12, SDLK_F12},
    {0xE048, SDL_SCANCODE_UP, SDLK_UP},       {0xE04B, SDL_SCANCODE_LEFT, SDLK_LEFT},
    {0xE04D, SDL_SCANCODE_RIGHT, SDLK_RIGHT}, {0xE050, SDL_SCANCODE_DOWN, SDLK_DOWN},
    {0x48, SDL_SCANCODE_KP_8, SDLK_KP_8},     {0xE01C, SDL_SCANCODE_KP_ENTER, SDLK_KP_ENTER},
    {0x4E, SDL_SCANCODE_KP_PLUS, SDLK_KP_PLUS}, {0xE053, SDL_SCANCODE_DELETE, SDLK_DELETE},
    {0x0C, SDL_SCANCODE_MINUS, SDLK_MINUS},   {0x1A, SDL_SCANCODE_LEFTBRACKET, SDLK_LEFTBRACKET},
};

typedef struct
{
    Uint32 type; // SDL_KEYDOWN or SDL_KEYUP
    SDL_Scancode scancode;
    int repeat; // -1: either
} key_want_t;

static bool is_key(const SDL_Event* event, const void* data)
{
    const key_want_t* want = data;
    return event->type == want->type && event->key.keysym.scancode == want->scancode &&
           (want->repeat < 0 || event->key.repeat == want->repeat);
}

static bool is_text(const SDL_Event* event, const void* want)
{
    return event->type == SDL_TEXTINPUT && strcmp(event->text.text, want) == 0;
}

static bool is_any_text(const SDL_Event* event, const void* want)
{
    (void)want;
    return event->type == SDL_TEXTINPUT;
}

static const char* keys_map(void)
{
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
    {
        key_want_t down = {SDL_KEYDOWN, keys[i].scancode, 0}, up = {SDL_KEYUP, keys[i].scancode, -1};
        events_clear();
        dwm_send_key(dwm, PROTO_KEY_PRESS, keys[i].code);
        dwm_send_key(dwm, PROTO_KEY_RELEASE, keys[i].code);
        const SDL_Event* event = events_wait(is_key, &down, 5000);
        CHECK(event != NULL, "code 0x%x gave no key-down of %s", keys[i].code, SDL_GetScancodeName(keys[i].scancode));
        CHECK(event->key.keysym.sym == keys[i].sym, "code 0x%x: keycode %s, not %s", keys[i].code,
              SDL_GetKeyName(event->key.keysym.sym), SDL_GetKeyName(keys[i].sym));
        CHECK(event->key.windowID == SDL_GetWindowID(check_window), "code 0x%x: window %u", keys[i].code,
              event->key.windowID);
        CHECK(events_wait(is_key, &up, 5000) != NULL, "code 0x%x gave no key-up", keys[i].code);
    }
    return NULL;
}

static const char* text_input(void)
{
    SDL_StartTextInput();
    events_clear();
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x2A); // Shift
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x1E); // A
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x1E);
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x2A);
    CHECK(events_wait(is_text, "A", 5000) != NULL, "Shift+A typed no 'A'");
    key_want_t up = {SDL_KEYUP, SDL_SCANCODE_LSHIFT, -1};
    CHECK(events_wait(is_key, &up, 5000) != NULL, "Shift was not let go");
    CHECK(events_count(is_text, "a") == 0, "Shift+A also typed 'a'");
    events_clear();
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x03); // 2
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x03);
    CHECK(events_wait(is_text, "2", 5000) != NULL, "2 typed nothing");
    // Ctrl+A is a command, not text; Escape types nothing either.
    events_clear();
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x1D);
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x1E);
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x1E);
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x1D);
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x01);
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x01);
    up.scancode = SDL_SCANCODE_ESCAPE;
    CHECK(events_wait(is_key, &up, 5000) != NULL, "no Escape key-up");
    CHECK(events_count(is_any_text, NULL) == 0, "Ctrl+A or Escape typed text");
    // With text input off, keys type nothing.
    SDL_StopTextInput();
    events_clear();
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x1E);
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x1E);
    up.scancode = SDL_SCANCODE_A;
    CHECK(events_wait(is_key, &up, 5000) != NULL, "no A key-up");
    CHECK(events_count(is_any_text, NULL) == 0, "text came with text input off");
    SDL_StartTextInput();
    return NULL;
}

// dwm repeats no keys; the driver does while a key is held, and stops
// when it is let go.
static const char* held_key_repeats(void)
{
    key_want_t repeat = {SDL_KEYDOWN, SDL_SCANCODE_B, 1}, up = {SDL_KEYUP, SDL_SCANCODE_B, -1};
    events_clear();
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x30);
    CHECK(events_wait(is_key, &repeat, 5000) != NULL, "B held 5 s never repeated");
    events_wait(NULL, NULL, 100); // the repeat's text comes after its key-down
    CHECK(events_count(is_text, "b") >= 2, "the repeat typed no second 'b'");
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x30);
    CHECK(events_wait(is_key, &up, 5000) != NULL, "no key-up for B");
    events_clear();
    events_wait(NULL, NULL, 700);
    CHECK(events_count(is_key, &repeat) == 0, "B repeated after it was let go");
    return NULL;
}

typedef struct
{
    Uint32 type;
    int x, y;
} mouse_want_t;

static bool is_mouse(const SDL_Event* event, const void* data)
{
    const mouse_want_t* want = data;
    if (event->type != want->type)
    {
        return false;
    }
    if (event->type == SDL_MOUSEMOTION)
    {
        return event->motion.x == want->x && event->motion.y == want->y;
    }
    return event->button.button == SDL_BUTTON_LEFT && event->button.x == want->x && event->button.y == want->y;
}

static bool is_relative(const SDL_Event* event, const void* data)
{
    const mouse_want_t* want = data;
    return event->type == SDL_MOUSEMOTION && event->motion.xrel == want->x && event->motion.yrel == want->y;
}

static const char* mouse_moves_and_clicks(void)
{
    mouse_want_t motion = {SDL_MOUSEMOTION, 30, 40}, down = {SDL_MOUSEBUTTONDOWN, 30, 40},
                 up = {SDL_MOUSEBUTTONUP, 30, 40};
    events_clear();
    dwm_send_mouse(dwm, WINDOW_X + 30, WINDOW_Y + 40, 0);
    CHECK(events_wait(is_mouse, &motion, 5000) != NULL, "no motion to (30, 40)");
    dwm_send_mouse(dwm, WINDOW_X + 30, WINDOW_Y + 40, PROTO_BUTTON_LEFT);
    CHECK(events_wait(is_mouse, &down, 5000) != NULL, "no left button down at (30, 40)");
    dwm_send_mouse(dwm, WINDOW_X + 30, WINDOW_Y + 40, 0);
    CHECK(events_wait(is_mouse, &up, 5000) != NULL, "no left button up at (30, 40)");
    CHECK(SDL_GetMouseFocus() == check_window, "the mouse's focus is not the window");
    return NULL;
}

static bool is_wheel(const SDL_Event* event, const void* want)
{
    return event->type == SDL_MOUSEWHEEL && event->wheel.y == *(const int*)want && event->wheel.x == 0;
}

// dwm's wheel steps towards the user are SDL's negative y.
static const char* mouse_wheel(void)
{
    int down = -2, up = 1;
    events_clear();
    dwm_send_wheel(dwm, WINDOW_X + 30, WINDOW_Y + 40, 2);
    CHECK(events_wait(is_wheel, &down, 5000) != NULL, "2 steps towards the user gave no wheel y of -2");
    dwm_send_wheel(dwm, WINDOW_X + 30, WINDOW_Y + 40, -1);
    CHECK(events_wait(is_wheel, &up, 5000) != NULL, "1 step away gave no wheel y of 1");
    return NULL;
}

static const char* relative_mouse(void)
{
    mouse_want_t delta = {SDL_MOUSEMOTION, 10, 5};
    CHECK(SDL_SetRelativeMouseMode(SDL_TRUE) == 0, "SDL_SetRelativeMouseMode: %s", SDL_GetError());
    events_clear();
    dwm_send_mouse(dwm, WINDOW_X + 40, WINDOW_Y + 45, 0);
    const SDL_Event* event = events_wait(is_relative, &delta, 5000);
    SDL_SetRelativeMouseMode(SDL_FALSE);
    CHECK(event != NULL, "no motion by (10, 5) in relative mode");
    return NULL;
}

static const char* fullscreen_covers_screen(void)
{
    int sw = (int)pw_screen_width(dwm), sh = (int)pw_screen_height(dwm), w, h;
    uint32_t got = 0;
    CHECK(SDL_SetWindowFullscreen(check_window, SDL_WINDOW_FULLSCREEN_DESKTOP) == 0, "%s", SDL_GetError());
    SDL_GetWindowSize(check_window, &w, &h);
    CHECK(w == sw && h == sh, "full-screen window is %dx%d, the screen %dx%d", w, h, sw, sh);
    SDL_SetRenderDrawColor(check_renderer, 0, 255, 0, 255);
    SDL_RenderClear(check_renderer);
    SDL_RenderPresent(check_renderer);
    for (int i = 0; i < 200 && got != 0x00FF00; i++, SDL_Delay(10))
    {
        got = dwm_pixel_at(dwm, sw - 2, sh - 2);
    }
    CHECK(got == 0x00FF00, "the screen's corner is 0x%06x, not green", got);
    CHECK(SDL_SetWindowFullscreen(check_window, 0) == 0, "back to a window: %s", SDL_GetError());
    SDL_GetWindowSize(check_window, &w, &h);
    CHECK(w == 200 && h == 150, "the window came back as %dx%d, not 200x150", w, h);
    SDL_SetRenderDrawColor(check_renderer, 255, 0, 255, 255);
    SDL_RenderClear(check_renderer);
    SDL_RenderPresent(check_renderer);
    for (int i = 0; i < 200 && got != 0xFF00FF; i++, SDL_Delay(10))
    {
        got = dwm_pixel_at(dwm, WINDOW_X + 5, WINDOW_Y + 5);
    }
    CHECK(got == 0xFF00FF, "the window is not back in its place: 0x%06x there", got);
    return NULL;
}

static bool is_resized(const SDL_Event* event, const void* data)
{
    const mouse_want_t* want = data;
    return event->type == SDL_WINDOWEVENT && event->window.event == SDL_WINDOWEVENT_SIZE_CHANGED &&
           event->window.data1 == want->x && event->window.data2 == want->y;
}

// Dragging dwm's resize corner (the frame's last 12 pixels, the frame
// being 1 pixel around the content) resizes a resizable SDL window.
static const char* user_resize(void)
{
    int x, y, w, h;
    uint32_t got = 0;
    SDL_GetWindowPosition(check_window, &x, &y);
    SDL_GetWindowSize(check_window, &w, &h);
    mouse_want_t size = {0, w + 40, h + 30};
    events_clear();
    dwm_send_mouse(dwm, x + w - 3, y + h - 3, PROTO_BUTTON_LEFT);
    dwm_send_mouse(dwm, x + w + 37, y + h + 27, PROTO_BUTTON_LEFT);
    dwm_send_mouse(dwm, x + w + 37, y + h + 27, 0);
    CHECK(events_wait(is_resized, &size, 5000) != NULL, "dragging the corner gave no resize to %dx%d", w + 40, h + 30);
    SDL_GetWindowSize(check_window, &w, &h);
    CHECK(w == size.x && h == size.y, "the window is %dx%d", w, h);
    SDL_SetRenderDrawColor(check_renderer, 255, 255, 0, 255);
    SDL_RenderClear(check_renderer);
    SDL_RenderPresent(check_renderer);
    // The new top-right and bottom-left corners: the pointer (dwm draws
    // it) is still at the bottom-right one.
    for (int i = 0; i < 200 && got != 0xFFFF00; i++, SDL_Delay(10))
    {
        got = dwm_pixel_at(dwm, x + w - 2, y + 2);
    }
    CHECK(got == 0xFFFF00, "the new top-right corner is 0x%06x, not yellow", got);
    got = dwm_pixel_at(dwm, x + 2, y + h - 2);
    CHECK(got == 0xFFFF00, "the new bottom-left corner is 0x%06x, not yellow", got);
    SDL_SetWindowSize(check_window, 200, 150);
    return NULL;
}

// dwm's close box: 5 pixels in from the title bar's right end, 14 wide,
// centred in the 24-pixel bar above the content (tests/user/dwm_harness.c).
static const char* close_box_quits(void)
{
    int x, y, w, h;
    Uint32 quit = SDL_QUIT;
    SDL_GetWindowPosition(check_window, &x, &y);
    SDL_GetWindowSize(check_window, &w, &h);
    events_clear();
    dwm_send_mouse(dwm, x + w - 12, y - 12, PROTO_BUTTON_LEFT);
    dwm_send_mouse(dwm, x + w - 12, y - 12, 0);
    CHECK(events_wait(event_is_type, &quit, 5000) != NULL,
          "clicking the close box at (%d, %d) (pixel 0x%06x) gave no SDL_QUIT", x + w - 12, y - 12,
          dwm_pixel_at(dwm, x + w - 12, y - 12));
    return NULL;
}

void check_input(pw_client_t* client)
{
    dwm = client;
    check_run("keys-map-to-scancodes-and-keycodes", keys_map);
    check_run("text-input", text_input);
    check_run("held-key-repeats", held_key_repeats);
    check_run("mouse-moves-and-clicks", mouse_moves_and_clicks);
    check_run("mouse-wheel", mouse_wheel);
    check_run("relative-mouse", relative_mouse);
    check_run("user-resize", user_resize);
    check_run("close-box-quits", close_box_quits);
    check_run("fullscreen-covers-screen", fullscreen_covers_screen);
}
