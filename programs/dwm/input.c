// The keyboard and the mouse (sys:/kbd/ps2, sys:/mouse/ps2, or dwm
// --test's test messages): key events go to the focused window; a click
// focuses and raises the window under the pointer (dragging its title bar
// moves it, its close box asks its client to close it, its minimise box
// hides it, dragging the frame's bottom-right corner asks its client to
// take the new size); mouse events go to the window under the pointer, or
// to the one a held button was pressed over. Panels and backgrounds get
// the mouse but never the keyboard: clicking one leaves the focus where
// it is (a background drops it). And the cursor, drawn over everything.
#include "dwm.h"

#include <patchwork/draw.h>

#include <sys/input.h>
#include <sys/io.h>

#define CURSOR_SIZE 12

static int32_t pointer_x, pointer_y;
static uint32_t held;       // buttons
static uint32_t modifiers;  // PROTO_MOD_ bits
static window_t* grab;      // gets the mouse while a button pressed over it is held
static window_t* drag;      // its title bar is being dragged
static int32_t drag_dx, drag_dy;
static window_t* sizing;    // its corner is being dragged
static rect_t sized;        // the content's size so far (shown as an outline)
static int32_t size_dx, size_dy; // from the pointer to the content's bottom-right corner

#define MIN_WIDTH 60
#define MIN_HEIGHT 30

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
    if (window == NULL || window->kind == PROTO_WINDOW_BACKGROUND)
    {
        window_focus(NULL);
    }
    else if (window->kind != PROTO_WINDOW_PANEL)
    {
        window_focus(window);
        window_raise(window);
    }
    if (window == NULL)
    {
        return;
    }
    rect_t frame = window_frame(window);
    rect_t title = {frame.x, frame.y, frame.width, window_decorated(window) ? TITLE_HEIGHT + BORDER : 0};
    bool left = pressed & PROTO_BUTTON_LEFT;
    if (rect_contains(title, pointer_x, pointer_y) && rect_contains(window_close_box(window), pointer_x, pointer_y))
    {
        proto_msg_t msg = {.header.type = PROTO_CLOSE_REQUEST, .close_request.window = window->id};
        server_send(window->client, &msg);
    }
    else if (rect_contains(title, pointer_x, pointer_y) &&
             rect_contains(window_minimise_box(window), pointer_x, pointer_y))
    {
        window_minimise(window);
    }
    else if (rect_contains(title, pointer_x, pointer_y) && left)
    {
        drag = window, drag_dx = window->content.x - pointer_x, drag_dy = window->content.y - pointer_y;
    }
    else if (rect_contains(window_grip(window), pointer_x, pointer_y) && left)
    {
        sizing = window, sized = window->content;
        size_dx = window->content.x + window->content.width - pointer_x;
        size_dy = window->content.y + window->content.height - pointer_y;
    }
    else if (rect_contains(window->content, pointer_x, pointer_y))
    {
        grab = window;
    }
}

static int32_t between(int32_t value, int32_t low, int32_t high)
{
    return value < low ? low : value > high ? high : value;
}

// The corner follows the pointer; letting go asks the client to resize.
static void resize_follow(void)
{
    if (held & PROTO_BUTTON_LEFT)
    {
        sized.width = between(pointer_x + size_dx - sizing->content.x, MIN_WIDTH, PROTO_MAX_SIDE);
        sized.height = between(pointer_y + size_dy - sizing->content.y, MIN_HEIGHT, PROTO_MAX_SIDE);
        screen_outline((rect_t){sized.x - BORDER, sized.y - TITLE_HEIGHT - BORDER, sized.width + 2 * BORDER,
                                sized.height + TITLE_HEIGHT + 2 * BORDER});
        return;
    }
    screen_outline((rect_t){0, 0, 0, 0});
    if (sized.width != sizing->content.width || sized.height != sizing->content.height)
    {
        proto_msg_t msg = {.header.type = PROTO_RESIZE_REQUEST};
        msg.resize.window = sizing->id;
        msg.resize.width = (uint32_t)sized.width, msg.resize.height = (uint32_t)sized.height;
        server_send(sizing->client, &msg);
    }
    sizing = NULL;
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
    if (sizing != NULL)
    {
        resize_follow();
        return;
    }
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
    if (sizing == window)
    {
        sizing = NULL;
        screen_outline((rect_t){0, 0, 0, 0});
    }
}

rect_t cursor_rect(void)
{
    return (rect_t){pointer_x, pointer_y, CURSOR_SIZE, CURSOR_SIZE};
}

// A triangle, black edge and white inside, its tip at the pointer.
void cursor_paint(surface_t* screen)
{
    if (!rect_overlaps(cursor_rect(), screen->clip))
    {
        return;
    }
    for (int32_t row = 0; row < CURSOR_SIZE; row++)
    {
        draw_hline(screen, pointer_x, pointer_y + row, row + 1, 0xFF000000u);
        if (row > 1 && row < CURSOR_SIZE - 1)
        {
            draw_hline(screen, pointer_x + 1, pointer_y + row, row - 1, 0xFFFFFFFFu);
        }
    }
}
