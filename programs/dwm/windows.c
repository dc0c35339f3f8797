// Windows: the table, their surfaces, the stack (bottom to top) and focus.
// The stack is kept in layers: backgrounds at the bottom, then ordinary
// windows, panels, and popups on top; raising a window moves it to the
// top of its own layer only.
#include "dwm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

static window_t windows[MAX_WINDOWS];
static window_t* stack[MAX_WINDOWS];
static int stacked;
static window_t* focused;
static uint32_t next_id = 1;

int shared_new(shared_t* shared, uint32_t width, uint32_t height)
{
    fd_t fd = io_open("sys:/shm/new");
    if (fd == -1)
    {
        return -1;
    }
    char id[24] = {0};
    size_t bytes = (size_t)width * height * sizeof(uint32_t);
    uint32_t* pixels = read(fd, id, sizeof(id) - 1) > 0 ? mem_map(fd, NULL, bytes, PROT_READ | PROT_WRITE) : NULL;
    close(fd); // the mapping keeps the object
    if (pixels == NULL)
    {
        return -1;
    }
    *shared = (shared_t){strtoull(id, NULL, 10), pixels, width, height, width, bytes};
    return 0;
}

void shared_free(shared_t* shared)
{
    if (shared->pixels != NULL)
    {
        munmap(shared->pixels, shared->bytes);
    }
    *shared = (shared_t){0};
}

static int layer(const window_t* window)
{
    switch (window->kind)
    {
    case PROTO_WINDOW_BACKGROUND: return 0;
    case PROTO_WINDOW_PANEL: return 2;
    case PROTO_WINDOW_POPUP: return 3;
    default: return 1;
    }
}

// Where a window of @p window's layer goes on top of its layer.
static int layer_top(const window_t* window)
{
    int at = 0;
    while (at < stacked && layer(stack[at]) <= layer(window))
    {
        at++;
    }
    return at;
}

static int stack_index(const window_t* window)
{
    for (int i = 0; i < stacked; i++)
    {
        if (stack[i] == window)
        {
            return i;
        }
    }
    return -1;
}

static void stack_remove(const window_t* window)
{
    int at = stack_index(window);
    memmove(&stack[at], &stack[at + 1], (size_t)(stacked - at - 1) * sizeof(stack[0]));
    stacked--;
}

static void stack_insert(window_t* window)
{
    int at = layer_top(window);
    memmove(&stack[at + 1], &stack[at], (size_t)(stacked - at) * sizeof(stack[0]));
    stack[at] = window;
    stacked++;
}

window_t* window_new(int client, uint32_t kind)
{
    for (int i = 0; i < MAX_WINDOWS; i++)
    {
        if (!windows[i].used)
        {
            windows[i] = (window_t){.used = true, .id = next_id++, .client = client, .kind = kind};
            stack_insert(&windows[i]);
            return &windows[i];
        }
    }
    return NULL;
}

window_t* window_find(uint32_t id)
{
    for (int i = 0; i < MAX_WINDOWS; i++)
    {
        if (windows[i].used && windows[i].id == id)
        {
            return &windows[i];
        }
    }
    return NULL;
}

window_t* window_owned(int client, uint32_t id)
{
    window_t* window = window_find(id);
    return window != NULL && window->client == client ? window : NULL;
}

void window_free(window_t* window)
{
    screen_damage(window_frame(window));
    input_window_gone(window);
    window->used = false; // watchers hear it has closed
    watch_window(window);
    stack_remove(window);
    shared_free(&window->shown);
    shared_free(&window->given);
    bool had_focus = focused == window;
    *window = (window_t){0};
    if (had_focus)
    {
        focused = NULL;
        window_focus_next();
    }
}

void window_raise(window_t* window)
{
    if (stack_index(window) == layer_top(window) - 1)
    {
        return;
    }
    stack_remove(window);
    stack_insert(window);
    screen_damage(window_frame(window));
}

static bool takes_keyboard(const window_t* window)
{
    return window->kind == 0 || window->kind == PROTO_WINDOW_POPUP;
}

static void tell_focus(window_t* window, uint32_t state)
{
    screen_damage(window_frame(window)); // the title bar's colour
    proto_msg_t msg = {.header.type = PROTO_FOCUS, .focus = {window->id, state}};
    server_send(window->client, &msg);
    watch_window(window);
}

void window_focus(window_t* window)
{
    if (window == focused || (window != NULL && !takes_keyboard(window)))
    {
        return;
    }
    window_t* old = focused;
    focused = window;
    if (old != NULL)
    {
        tell_focus(old, 0);
    }
    if (window != NULL && focused == window) // sending may have dropped its client
    {
        tell_focus(window, 1);
    }
}

window_t* window_focused(void)
{
    return focused;
}

void window_focus_next(void)
{
    for (int i = stacked - 1; i >= 0; i--)
    {
        if (stack[i] != focused && window_visible(stack[i]) && takes_keyboard(stack[i]))
        {
            window_focus(stack[i]);
            return;
        }
    }
    window_focus(NULL);
}

void window_minimise(window_t* window)
{
    if (window->minimised || window->kind != 0)
    {
        return;
    }
    window->minimised = true;
    screen_damage(window_frame(window));
    if (focused == window)
    {
        window_focus_next();
    }
    watch_window(window);
}

void window_show(window_t* window)
{
    bool was_minimised = window->minimised;
    window->minimised = false;
    window_raise(window);
    screen_damage(window_frame(window));
    window_focus(window);
    if (was_minimised)
    {
        watch_window(window);
    }
}

bool window_decorated(const window_t* window)
{
    return window->kind == 0;
}

bool window_visible(const window_t* window)
{
    return window->shown.shm != 0 && !window->minimised;
}

rect_t window_frame(const window_t* window)
{
    rect_t c = window->content;
    if (!window_decorated(window))
    {
        return c;
    }
    return (rect_t){c.x - BORDER, c.y - TITLE_HEIGHT - BORDER, c.width + 2 * BORDER, c.height + TITLE_HEIGHT + 2 * BORDER};
}

rect_t window_title_bar(const window_t* window)
{
    rect_t frame = window_frame(window);
    return (rect_t){frame.x + BORDER, frame.y + BORDER, frame.width - 2 * BORDER, TITLE_HEIGHT};
}

rect_t window_close_box(const window_t* window)
{
    rect_t title = window_title_bar(window);
    return (rect_t){title.x + title.width - BUTTON - BUTTON_GAP, title.y + (TITLE_HEIGHT - BUTTON) / 2, BUTTON, BUTTON};
}

rect_t window_minimise_box(const window_t* window)
{
    rect_t close_box = window_close_box(window);
    return (rect_t){close_box.x - BUTTON - BUTTON_GAP, close_box.y, BUTTON, BUTTON};
}

rect_t window_grip(const window_t* window)
{
    if (!window_decorated(window))
    {
        return (rect_t){0, 0, 0, 0};
    }
    rect_t frame = window_frame(window);
    return (rect_t){frame.x + frame.width - GRIP, frame.y + frame.height - GRIP, GRIP, GRIP};
}

window_t* window_at(int32_t x, int32_t y)
{
    for (int i = stacked - 1; i >= 0; i--)
    {
        if (window_visible(stack[i]) && rect_contains(window_frame(stack[i]), x, y))
        {
            return stack[i];
        }
    }
    return NULL;
}

int window_count(void)
{
    return stacked;
}

window_t* window_stacked(int i)
{
    return i < stacked ? stack[i] : NULL;
}
