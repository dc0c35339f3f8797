// dwm, the desktop window manager (docs/desktop.md): what its files share.
#ifndef DWM_H
#define DWM_H 1

#include <patchwork/grf.h>
#include <patchwork/proto.h>
#include <patchwork/surface.h> // rect_t and surface_t: drawing is libpatchwork's

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define MAX_CLIENTS 32
#define MAX_WINDOWS 256 // all clients together
#define TITLE_HEIGHT 24 // the title bar above a window's content
#define BORDER 1        // the line around a window and its title bar
#define BUTTON 14       // the close and minimise boxes at the title bar's right end
#define BUTTON_GAP 5    // between the buttons, and from the title bar's edges
#define GRIP 12         // the frame's bottom-right corner resizes the window

// A window's pixels: shared memory dwm made and mapped.
typedef struct
{
    uint64_t shm; // 0: none
    uint32_t* pixels;
    uint32_t width, height, stride;
    size_t bytes;
} shared_t;

typedef struct
{
    bool used;
    uint32_t id;
    int client;     // index in the client table
    uint32_t kind;  // 0, or one of PROTO_WINDOW_PANEL, _BACKGROUND, _POPUP
    bool minimised;
    rect_t content; // on the screen
    char title[PROTO_MAX_TITLE + 1];
    shared_t shown; // on the screen once attached (shm 0: not yet)
    shared_t given; // offered to the client, not attached yet
} window_t;

typedef struct
{
    bool used;
    fd_t fd;
    uint32_t id;
    bool welcomed;
    bool dead; // broke a rule: dropped at the end of the loop's turn
    bool watching; // sent watch: gets window-info events
    int windows;
    uint8_t buffer[PROTO_MESSAGE_MAX];
    size_t buffered;
} client_t;

typedef struct
{
    bool test; // --test: no framebuffer writes, no devices, test messages
    const char* name;
    uint32_t width, height; // the screen
} options_t;

extern options_t options;
extern client_t clients[MAX_CLIENTS];

// server.c: the socket and the clients' streams.
int server_init(const char* name); // the descriptor that is readable when a client waits to be taken
void server_take(void);             // take the waiting client
void server_read(int client);       // read and handle what a client sent
bool server_send(int client, proto_msg_t* msg); // false: the client was disconnected
void server_fail(int client, const char* why); // mark dead
void server_drop(int client);                  // close it and free its windows now
void server_reap(void);                        // drop the dead
int server_count(void);                        // clients (the dead until reaped)

// requests.c: one decoded message of a client (false: disconnect it).
bool request_handle(int client, const proto_msg_t* msg);

// windows.c: windows, stacking (in layers: backgrounds, ordinary windows,
// panels, popups), focus.
window_t* window_new(int client, uint32_t kind);
window_t* window_find(uint32_t id);
window_t* window_owned(int client, uint32_t id); // NULL if not @p client's
void window_free(window_t* window);
void window_raise(window_t* window);
void window_focus(window_t* window); // NULL: nobody
window_t* window_focused(void);
void window_focus_next(void);        // the topmost window that may have the keyboard, or nobody
void window_minimise(window_t* window);
void window_show(window_t* window);  // restore, raise and focus
bool window_decorated(const window_t* window); // ordinary windows have a frame and a title bar
bool window_visible(const window_t* window);   // attached and not minimised
rect_t window_frame(const window_t* window); // content, title bar and border
rect_t window_title_bar(const window_t* window);
rect_t window_close_box(const window_t* window);
rect_t window_minimise_box(const window_t* window);
rect_t window_grip(const window_t* window);  // empty for an undecorated window
window_t* window_at(int32_t x, int32_t y);   // the topmost frame there, visible
int window_count(void);
// Bottom to top: the i-th window of the stack, NULL past the top.
window_t* window_stacked(int i);
int shared_new(shared_t* shared, uint32_t width, uint32_t height);
void shared_free(shared_t* shared);

// watch.c: window-info events for the clients that watch (a taskbar).
void watch_start(int client);         // and tell it about every window now
void watch_window(const window_t* window); // it changed (or closed: call before freeing it)

// compose.c: the screen.
int screen_init(void);
void screen_outline(rect_t rect); // an outline drawn over everything (a resize); empty: none
void screen_damage(rect_t rect);
void screen_compose(void); // redraw the damaged parts and show them
uint32_t screen_pixel(int32_t x, int32_t y);

// decorate.c: a window's frame and title bar.
void decorate_init(void); // load the title font
void decorate_paint(surface_t* screen, const window_t* window, bool focused);

// input.c: devices, routing, the cursor.
void input_init(fd_t* kbd, fd_t* mouse); // -1 where a device is missing
void input_read_keyboard(fd_t fd);
void input_read_mouse(fd_t fd);
void input_key(uint32_t type, uint32_t code);
void input_pointer(int32_t x, int32_t y, uint32_t buttons, int32_t wheel);
void input_window_gone(const window_t* window);
void cursor_paint(surface_t* screen); // within the screen's clip
rect_t cursor_rect(void);

#endif
