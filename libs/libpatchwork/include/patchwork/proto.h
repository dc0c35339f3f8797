// The desktop window manager's protocol (docs/desktop.md): messages on a
// local socket between dwm and its clients, encoded and decoded here as
// pure code (no system calls), so the same sources run on the host for
// the tests and the fuzzer.
//
// Every message is a 16-byte header and a payload; all numbers are
// little-endian. proto_frame looks at the start of a byte stream and says
// whether a whole message is there; proto_decode checks every field of one
// message; proto_encode writes one.
#ifndef PATCHWORK_PROTO_H
#define PATCHWORK_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PROTO_VERSION 1
#define PROTO_HEADER_SIZE 16
// No message is longer (header included).
#define PROTO_MESSAGE_MAX 512
// The socket name dwm binds by default.
#define PROTO_SOCKET_NAME "dwm"

// Limits every message is checked against.
#define PROTO_MAX_SIDE 4096       // a window's width and height: 1 to this
#define PROTO_MAX_TITLE 64        // bytes of a title (no NUL, no control bytes)
#define PROTO_MAX_RECTS 16        // damage rectangles in one message
#define PROTO_MAX_POSITION 16384  // |x| and |y| of a window's position

// Message types. Client to server: 0x01 to 0x3F; test-only: 0x40 to 0x4F
// (accepted only by a dwm started with --test); server to client: 0x80 up.
typedef enum
{
    PROTO_HELLO = 0x01,
    PROTO_CREATE_WINDOW = 0x02,
    PROTO_ATTACH = 0x03,
    PROTO_DAMAGE = 0x04,
    PROTO_MOVE = 0x05,
    PROTO_RESIZE = 0x06,
    PROTO_SET_TITLE = 0x07,
    PROTO_CLOSE_WINDOW = 0x08,
    PROTO_SYNC = 0x09,
    PROTO_WATCH = 0x0A,
    PROTO_ACTIVATE = 0x0B,

    PROTO_TEST_KEY = 0x40,
    PROTO_TEST_MOUSE = 0x41,
    PROTO_TEST_PROBE = 0x42,

    PROTO_WELCOME = 0x81,
    PROTO_WINDOW_CREATED = 0x82,
    PROTO_KEY_EVENT = 0x83,
    PROTO_MOUSE_EVENT = 0x84,
    PROTO_FOCUS = 0x85,
    PROTO_WINDOW_RESIZED = 0x86,
    PROTO_CLOSE_REQUEST = 0x87,
    PROTO_ERROR = 0x88,
    PROTO_PROBE_RESULT = 0x89,
    PROTO_SYNC_DONE = 0x8A,
    PROTO_WINDOW_INFO = 0x8B,
    PROTO_RESIZE_REQUEST = 0x8C,
} proto_type_t;

// Who sends a message: proto_decode refuses the other side's types.
typedef enum
{
    PROTO_FROM_CLIENT,
    PROTO_FROM_SERVER,
} proto_direction_t;

typedef enum
{
    PROTO_OK = 0,
    PROTO_NEED_MORE,         // proto_frame: not a whole message yet
    PROTO_ERROR_ARGUMENT,    // a null pointer, or a buffer too small to encode into
    PROTO_ERROR_VERSION,     // the header's version is not PROTO_VERSION
    PROTO_ERROR_SIZE,        // the header's size is below the header or above PROTO_MESSAGE_MAX
    PROTO_ERROR_TYPE,        // unknown type, or one the other side sends
    PROTO_ERROR_LENGTH,      // the size does not match what the type and its counts say
    PROTO_ERROR_RESERVED,    // a reserved field or flag is not zero
    PROTO_ERROR_FIELD,       // a field is out of its range
} proto_error_t;

// Key event types (as sys/input.h's KBD_PRESS, KBD_RELEASE).
#define PROTO_KEY_PRESS 1
#define PROTO_KEY_RELEASE 2
// Mouse buttons (as sys/input.h's MOUSE_ bits).
#define PROTO_BUTTON_LEFT 0x1
#define PROTO_BUTTON_RIGHT 0x2
#define PROTO_BUTTON_MIDDLE 0x4
#define PROTO_BUTTONS_ALL 0x7
// Modifier bits in a key event.
#define PROTO_MOD_SHIFT 0x1
#define PROTO_MOD_CTRL 0x2
#define PROTO_MOD_ALT 0x4
#define PROTO_MODS_ALL 0x7
// PROTO_ERROR codes: a request that was well formed but could not be done.
#define PROTO_ERR_NO_MEMORY 1   // no memory for the window or its surface
#define PROTO_ERR_TOO_MANY 2    // the client has PROTO_MAX_WINDOWS already
#define PROTO_MAX_WINDOWS 64    // windows of one client at once
// create-window flags: the kind of window (at most one bit). A window of
// any of these kinds has no decorations and is not in the window list.
#define PROTO_WINDOW_PANEL 0x1      // above ordinary windows, never takes the keyboard (a taskbar)
#define PROTO_WINDOW_BACKGROUND 0x2 // below everything, never takes the keyboard (a wallpaper)
#define PROTO_WINDOW_POPUP 0x4      // above panels, takes the keyboard (a menu)
#define PROTO_WINDOW_KINDS 0x7
// activate actions.
#define PROTO_ACTIVATE_SHOW 0     // restore if minimised, raise and focus
#define PROTO_ACTIVATE_MINIMISE 1 // hide until shown again
// window-info state bits.
#define PROTO_STATE_OPEN 0x1      // 0: the window has closed (the last info about it)
#define PROTO_STATE_MINIMISED 0x2
#define PROTO_STATE_FOCUSED 0x4
#define PROTO_STATES_ALL 0x7

typedef struct
{
    int32_t x;
    int32_t y;
    uint32_t width;
    uint32_t height;
} proto_rect_t;

typedef struct
{
    uint32_t type;     // proto_type_t
    uint32_t size;     // header and payload, bytes
    uint32_t sequence; // the sender's counter; dwm echoes a request's in PROTO_ERROR
} proto_header_t;

typedef struct
{
    proto_header_t header;
    union
    {
        struct { uint32_t version; } hello;
        struct { int32_t x, y; uint32_t width, height; uint32_t flags; uint32_t title_length; char title[PROTO_MAX_TITLE]; } create;
        struct { uint32_t window; uint64_t shm; } attach;
        struct { uint32_t window; uint32_t count; proto_rect_t rects[PROTO_MAX_RECTS]; } damage;
        struct { uint32_t window; int32_t x, y; } move;
        // PROTO_RESIZE and PROTO_RESIZE_REQUEST.
        struct { uint32_t window; uint32_t width, height; } resize;
        struct { uint32_t window; uint32_t action; } activate;
        struct { uint32_t window; uint32_t title_length; char title[PROTO_MAX_TITLE]; } title;
        struct { uint32_t window; } close;
        // PROTO_SYNC and PROTO_SYNC_DONE: the client's token, echoed.
        struct { uint32_t token; } sync;
        struct { uint32_t type; uint32_t code; } test_key;
        struct { int32_t x, y; uint32_t buttons; int32_t wheel; } test_mouse;
        struct { int32_t x, y; } test_probe;

        struct { uint32_t version; uint32_t client; uint32_t screen_width, screen_height; } welcome;
        // PROTO_WINDOW_CREATED and PROTO_WINDOW_RESIZED: the window's new
        // surface, stride in pixels, shm the id under sys:/shm.
        struct { uint32_t window; uint32_t width, height, stride; uint64_t shm; } surface;
        struct { uint32_t window; uint32_t type, code, modifiers; } key;
        struct { uint32_t window; int32_t x, y; uint32_t buttons; int32_t wheel; } mouse;
        struct { uint32_t window; uint32_t focused; } focus;
        struct { uint32_t window; } close_request;
        struct { uint32_t code; uint32_t sequence; } error;
        struct { uint32_t pixel; uint32_t clients, windows; } probe;
        struct { uint32_t window; uint32_t state; uint32_t client; uint32_t title_length; char title[PROTO_MAX_TITLE]; } info;
    };
} proto_msg_t;

// Look at the start of a stream: PROTO_OK with *header filled when a whole
// message of header->size bytes is there, PROTO_NEED_MORE when not yet,
// or an error as soon as the header shows one (a bad version or size: the
// stream can never recover, so the reader should give up on it).
proto_error_t proto_frame(const uint8_t* data, size_t length, proto_header_t* header);

// Decode exactly one whole message of @p length bytes sent by @p from,
// checking every field. On an error *msg is zeroed.
proto_error_t proto_decode(const uint8_t* data, size_t length, proto_direction_t from, proto_msg_t* msg);

// Encode @p msg (its header's type and sequence; the size is computed)
// into @p out. Returns the bytes written, or 0 if @p msg does not pass
// proto_decode's checks or @p capacity is too small.
size_t proto_encode(const proto_msg_t* msg, uint8_t* out, size_t capacity);

// Which side sends a type; false for an unknown type.
bool proto_type_valid(uint32_t type, proto_direction_t from);

const char* proto_error_string(proto_error_t error);
const char* proto_type_name(uint32_t type);

// A title's bytes are acceptable: no NUL and no control bytes (below 0x20, 0x7F).
bool proto_title_valid(const char* title, size_t length);

#endif
