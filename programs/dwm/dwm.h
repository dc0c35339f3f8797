// dwm, the desktop window manager (docs/desktop.md): what its files share.
#ifndef DWM_H
#define DWM_H 1

#include <patchwork/proto.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define MAX_CLIENTS 32
#define MAX_WINDOWS 256 // all clients together
#define TITLE_HEIGHT 16 // the title bar above a window's content
#define BORDER 1        // the line around a window and its title bar
#define CLOSE_BOX 10    // the close box at the title bar's right end

typedef struct
{
    int32_t x, y, width, height;
} rect_t;

// A window's pixels: shared memory dwm made and mapped.
typedef struct
{
    uint64_t shm; // 0: none
    uint32_t* pixels;
    uint32_t width, height, stride;
    size_t bytes;
} surface_t;

typedef struct
{
    bool used;
    uint32_t id;
    int client;     // index in the client table
    rect_t content; // on the screen
    char title[PROTO_MAX_TITLE + 1];
    surface_t shown; // on the screen once attached (shm 0: not yet)
    surface_t given; // offered to the client, not attached yet
} window_t;

typedef struct
{
    bool used;
    fd_t fd;
    uint32_t id;
    bool welcomed;
    bool dead; // broke a rule: dropped at the end of the loop's turn
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

// rect.c
rect_t rect_intersect(rect_t a, rect_t b);
bool rect_empty(rect_t r);
bool rect_contains(rect_t r, int32_t x, int32_t y);
rect_t rect_union(rect_t a, rect_t b);

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

// windows.c: windows, stacking, focus.
window_t* window_new(int client);
window_t* window_find(uint32_t id);
window_t* window_owned(int client, uint32_t id); // NULL if not @p client's
void window_free(window_t* window);
void window_raise(window_t* window);
void window_focus(window_t* window); // NULL: nobody
window_t* window_focused(void);
rect_t window_frame(const window_t* window); // content, title bar and border
window_t* window_at(int32_t x, int32_t y);   // the topmost frame there, shown
int window_count(void);
// Bottom to top: the i-th window of the stack, NULL past the top.
window_t* window_stacked(int i);
int surface_new(surface_t* surface, uint32_t width, uint32_t height);
void surface_free(surface_t* surface);

// compose.c: the screen.
int screen_init(void);
void screen_damage(rect_t rect);
void screen_compose(void); // redraw the damaged parts and show them
uint32_t screen_pixel(int32_t x, int32_t y);

// paint.c: the only drawing code (to be replaced by libpatchwork's).
typedef struct
{
    uint32_t* pixels;
    uint32_t width, height, stride;
} canvas_t;
void paint_fill(canvas_t* canvas, rect_t rect, rect_t clip, uint32_t colour);
void paint_blit(canvas_t* canvas, int32_t x, int32_t y, const surface_t* from, rect_t clip);
void paint_frame(canvas_t* canvas, rect_t rect, rect_t clip, uint32_t colour); // a 1-pixel outline

// input.c: devices, routing, the cursor.
void input_init(fd_t* kbd, fd_t* mouse); // -1 where a device is missing
void input_read_keyboard(fd_t fd);
void input_read_mouse(fd_t fd);
void input_key(uint32_t type, uint32_t code);
void input_pointer(int32_t x, int32_t y, uint32_t buttons, int32_t wheel);
void input_window_gone(const window_t* window);
void cursor_paint(canvas_t* canvas, rect_t clip);
rect_t cursor_rect(void);

#endif
