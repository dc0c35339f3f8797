// A client of the desktop window manager (dwm): connect, create windows
// whose pixels live in shared memory, tell dwm what changed, and receive
// events. The protocol underneath is <patchwork/proto.h>
// (docs/desktop.md). Functions return -1 (or NULL) with errno set on
// failure; EPROTO means dwm sent something that is not the protocol.
#ifndef PATCHWORK_CLIENT_H
#define PATCHWORK_CLIENT_H

#include <patchwork/proto.h>
#include <patchwork/surface.h>

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct pw_client pw_client_t;
typedef struct pw_window pw_window_t;

// Connect to the dwm listening as @p name (NULL: PROTO_SOCKET_NAME) and
// say hello; returns once dwm has welcomed us.
pw_client_t* pw_connect(const char* name);

// pw_connect, trying again every 100 ms while nobody listens on the name
// (ECONNREFUSED), for up to @p timeout_ns (TIMEOUT_NEVER: as long as it
// takes): programs started together with dwm wait for it this way.
pw_client_t* pw_connect_wait(const char* name, uint64_t timeout_ns);

// Close every window and the connection; frees @p client.
void pw_disconnect(pw_client_t* client);

// The descriptor to poll: POLL_READ when events may wait (pw_next_event
// may still time out if only part of a message has come).
fd_t pw_fd(const pw_client_t* client);

// The screen's size, from the welcome.
uint32_t pw_screen_width(const pw_client_t* client);
uint32_t pw_screen_height(const pw_client_t* client);

// The next event, waiting up to @p timeout_ns (0: do not wait;
// TIMEOUT_NEVER). Returns 1 with *event filled, 0 on timeout, -1 on error
// (EPIPE: dwm closed the connection).
int pw_next_event(pw_client_t* client, proto_msg_t* event, uint64_t timeout_ns);

// Send one message as it is (its sequence is set here). For requests the
// functions below do not cover, such as dwm --test's test messages.
int pw_send(pw_client_t* client, proto_msg_t* msg);

// Send @p request and wait for the reply of type @p reply_type (or an
// error reply to it, which fails with ENOMEM or EMFILE); events that come
// meanwhile are kept for pw_next_event.
int pw_request(pw_client_t* client, proto_msg_t* request, uint32_t reply_type, proto_msg_t* reply);

// Wait until dwm has handled everything sent so far and shown it on the
// screen (sync and sync-done); events meanwhile are kept.
int pw_sync(pw_client_t* client);

// A window of @p width x @p height pixels at (@p x, @p y), titled
// @p title (NULL: none; longer than PROTO_MAX_TITLE is cut). Its surface
// is mapped and attached: it is on the screen, white, once this returns.
pw_window_t* pw_window_create(pw_client_t* client, int32_t x, int32_t y, uint32_t width, uint32_t height,
                              const char* title);

// As pw_window_create, a window of a kind: PROTO_WINDOW_PANEL,
// PROTO_WINDOW_BACKGROUND or PROTO_WINDOW_POPUP (proto.h), or 0 for an
// ordinary one.
pw_window_t* pw_window_create_kind(pw_client_t* client, int32_t x, int32_t y, uint32_t width, uint32_t height,
                                   const char* title, uint32_t kind);

// The window's pixels (0xAARRGGBB, row after row, *stride pixels apart).
uint32_t* pw_window_pixels(pw_window_t* window, uint32_t* stride);
uint32_t pw_window_id(const pw_window_t* window);

// A surface (surface.h) over the window's current pixels, to draw with
// draw.h and text.h; false if @p window is NULL. Call it again after a
// resize: the pixels move.
bool pw_window_surface(pw_window_t* window, surface_t* surface);
uint32_t pw_window_width(const pw_window_t* window);
uint32_t pw_window_height(const pw_window_t* window);

// Tell dwm that these rectangles of the window's pixels changed (any
// number: they are sent 16 to a message).
int pw_window_damage(pw_window_t* window, const proto_rect_t* rects, size_t count);

// Move the window's content to (@p x, @p y) on the screen.
int pw_window_move(pw_window_t* window, int32_t x, int32_t y);

// A new surface of the new size (the old pixels are not copied: it starts
// white); the window pointer stays valid, its pixels and stride change.
int pw_window_resize(pw_window_t* window, uint32_t width, uint32_t height);

int pw_window_set_title(pw_window_t* window, const char* title);

// Close the window and free it.
int pw_window_close(pw_window_t* window);

// Ask dwm for a window-info event about every ordinary window now and
// whenever one opens, changes title, focus or minimised state, or closes
// (what a taskbar shows).
int pw_watch(pw_client_t* client);

// Show (PROTO_ACTIVATE_SHOW: restore, raise, focus) or minimise
// (PROTO_ACTIVATE_MINIMISE) the ordinary window @p window, whoever owns
// it: the ids come from window-info events.
int pw_activate(pw_client_t* client, uint32_t window, uint32_t action);

#endif
