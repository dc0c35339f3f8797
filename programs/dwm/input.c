// The keyboard and the mouse (sys:/kbd/ps2, sys:/mouse/ps2, or dwm
// --test's test messages): key events go to the focused window; a click
// focuses and raises the window under the pointer (dragging its title bar
// moves it, its close box asks its client to close it); mouse events go to
// the window under the pointer, or to the one a held button was pressed
// over. And the cursor, drawn over everything.
#include "dwm.h"

#include <sys/input.h>
#include <sys/io.h>

#define CURSOR_SIZE 12

static int32_t pointer_x, pointer_y;
static uint32_t held;       // buttons
static uint32_t modifiers;  // PROTO_MOD_ bits
static window_t* grab;      // gets the mouse while a button pressed over it is held
static window_t* drag;      // its title bar is being dragged
static int32_t drag_dx, drag_dy;

void input_init(fd_t* kbd, fd_t* mouse)
{
    pointer_x = (int32_t)options.width / 2, pointer_y = (int32_t)options.height / 2;
    *kbd = options.test ? -1 : io_open("sys:/kbd/ps2?nonblock");
    *mouse = options.test ? -1 : io_open("sys:/mouse/ps2?nonblock");
}

static uint32_t modifier_of(uint32_t code)
{
    switch (code)
    {
    case 0x2A: case 0x36: return PROTO_MOD_SHIFT;
    case 0x1D: case KBD_EXTENDED | 0x1D: return PROTO_MOD_CTRL;
    case 0x38: case KBD_EXTENDED | 0x38: return PROTO_MOD_ALT;
    default: return 0;
    }
}

void input_key(uint32_t type, uint32_t code)
{
    uint32_t modifier = modifier_of(code);
    modifiers = type == PROTO_KEY_PRESS ? modifiers | modifier : modifiers & ~modifier;
    window_t* focused = window_focused();
    if (focused != NULL && code <= 0xFFFF)
    {
        proto_msg_t msg = {.header.type = PROTO_KEY_EVENT, .key = {focused->id, type, code, modifiers}};
        server_send(focused->client, &msg);
    }
}

void input_read_keyboard(fd_t fd)
{
    kbd_event_t events[16];
    ssize_t got = read(fd, events, sizeof(events));
    for (ssize_t i = 0; got > 0 && i < got / (ssize_t)sizeof(events[0]); i++)
    {
        if (events[i].type == KBD_PRESS || events[i].type == KBD_RELEASE)
        {
            input_key(events[i].type, events[i].code);
        }
    }
}

void input_read_mouse(fd_t fd)
{
    mouse_event_t events[16];
    ssize_t got = read(fd, events, sizeof(events));
    for (ssize_t i = 0; got > 0 && i < got / (ssize_t)sizeof(events[0]); i++)
    {
        input_pointer(pointer_x + events[i].dx, pointer_y + events[i].dy, events[i].buttons & PROTO_BUTTONS_ALL, 0);
    }
}

// A press: focus and raise what is under the pointer, and what the press
// is for (the close box, dragging the title bar, or the window's content).
static int32_t clamp(int32_t value)
{
    return value < -PROTO_MAX_POSITION ? -PROTO_MAX_POSITION : value > PROTO_MAX_POSITION ? PROTO_MAX_POSITION : value;
}

static void press(uint32_t pressed)
{
    window_t* window = window_at(pointer_x, pointer_y);
    window_focus(window);
    if (window == NULL)
    {
        return;
    }
    window_raise(window);
    rect_t frame = window_frame(window);
    rect_t close_box = {frame.x + frame.width - BORDER - CLOSE_BOX - 3, frame.y + BORDER + 3, CLOSE_BOX, CLOSE_BOX};
    rect_t title = {frame.x, frame.y, frame.width, TITLE_HEIGHT + BORDER};
    if (rect_contains(close_box, pointer_x, pointer_y))
    {
        proto_msg_t msg = {.header.type = PROTO_CLOSE_REQUEST, .close_request.window = window->id};
        server_send(window->client, &msg);
    }
    else if (rect_contains(title, pointer_x, pointer_y) && (pressed & PROTO_BUTTON_LEFT))
    {
        drag = window, drag_dx = window->content.x - pointer_x, drag_dy = window->content.y - pointer_y;
    }
    else if (rect_contains(window->content, pointer_x, pointer_y))
    {
        grab = window;
    }
}

void input_pointer(int32_t x, int32_t y, uint32_t buttons, int32_t wheel)
{
    x = x < 0 ? 0 : x >= (int32_t)options.width ? (int32_t)options.width - 1 : x;
    y = y < 0 ? 0 : y >= (int32_t)options.height ? (int32_t)options.height - 1 : y;
    bool moved = x != pointer_x || y != pointer_y;
    if (moved)
    {
        screen_damage(cursor_rect());
        pointer_x = x, pointer_y = y;
        screen_damage(cursor_rect());
    }
    uint32_t pressed = buttons & ~held;
    held = buttons;
    if (pressed != 0)
    {
        press(pressed);
    }
    if (drag != NULL && (held & PROTO_BUTTON_LEFT) && moved)
    {
        screen_damage(window_frame(drag));
        drag->content.x = clamp(pointer_x + drag_dx), drag->content.y = clamp(pointer_y + drag_dy);
        screen_damage(window_frame(drag));
    }
    drag = held & PROTO_BUTTON_LEFT ? drag : NULL;
    window_t* target = grab;
    if (target == NULL)
    {
        window_t* under = window_at(pointer_x, pointer_y);
        target = under != NULL && rect_contains(under->content, pointer_x, pointer_y) ? under : NULL;
    }
    if (target != NULL && drag == NULL && (moved || pressed != 0 || grab != NULL || wheel != 0))
    {
        proto_msg_t msg = {.header.type = PROTO_MOUSE_EVENT};
        msg.mouse.window = target->id;
        msg.mouse.x = clamp(pointer_x - target->content.x), msg.mouse.y = clamp(pointer_y - target->content.y);
        msg.mouse.buttons = held, msg.mouse.wheel = wheel;
        server_send(target->client, &msg);
    }
    grab = held != 0 ? grab : NULL;
}

void input_window_gone(const window_t* window)
{
    grab = grab == window ? NULL : grab;
    drag = drag == window ? NULL : drag;
}

rect_t cursor_rect(void)
{
    return (rect_t){pointer_x, pointer_y, CURSOR_SIZE, CURSOR_SIZE};
}

// A triangle, black edge and white inside, its tip at the pointer.
void cursor_paint(canvas_t* canvas, rect_t clip)
{
    for (int32_t row = 0; row < CURSOR_SIZE; row++)
    {
        for (int32_t col = 0; col <= row; col++)
        {
            bool edge = col == 0 || col == row || row == CURSOR_SIZE - 1;
            paint_fill(canvas, (rect_t){pointer_x + col, pointer_y + row, 1, 1}, clip, edge ? 0xFF000000u : 0xFFFFFFFFu);
        }
    }
}
