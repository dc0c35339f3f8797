// Windows: the table, their surfaces, the stack (bottom to top) and focus.
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

int surface_new(surface_t* surface, uint32_t width, uint32_t height)
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
    *surface = (surface_t){strtoull(id, NULL, 10), pixels, width, height, width, bytes};
    return 0;
}

void surface_free(surface_t* surface)
{
    if (surface->pixels != NULL)
    {
        munmap(surface->pixels, surface->bytes);
    }
    *surface = (surface_t){0};
}

window_t* window_new(int client)
{
    for (int i = 0; i < MAX_WINDOWS; i++)
    {
        if (!windows[i].used)
        {
            windows[i] = (window_t){.used = true, .id = next_id++, .client = client};
            stack[stacked++] = &windows[i];
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

void window_free(window_t* window)
{
    screen_damage(window_frame(window));
    input_window_gone(window);
    if (focused == window)
    {
        focused = NULL;
    }
    int at = stack_index(window);
    memmove(&stack[at], &stack[at + 1], (size_t)(stacked - at - 1) * sizeof(stack[0]));
    stacked--;
    surface_free(&window->shown);
    surface_free(&window->given);
    *window = (window_t){0};
}

void window_raise(window_t* window)
{
    int at = stack_index(window);
    if (at == stacked - 1)
    {
        return;
    }
    memmove(&stack[at], &stack[at + 1], (size_t)(stacked - at - 1) * sizeof(stack[0]));
    stack[stacked - 1] = window;
    screen_damage(window_frame(window));
}

void window_focus(window_t* window)
{
    if (window == focused)
    {
        return;
    }
    window_t* old = focused;
    focused = window;
    if (old != NULL)
    {
        screen_damage(window_frame(old)); // the title bar's colour
        proto_msg_t msg = {.header.type = PROTO_FOCUS, .focus = {old->id, 0}};
        server_send(old->client, &msg);
    }
    if (window != NULL && focused == window) // sending may have dropped its client
    {
        screen_damage(window_frame(window));
        proto_msg_t msg = {.header.type = PROTO_FOCUS, .focus = {window->id, 1}};
        server_send(window->client, &msg);
    }
}

window_t* window_focused(void)
{
    return focused;
}

rect_t window_frame(const window_t* window)
{
    rect_t c = window->content;
    return (rect_t){c.x - BORDER, c.y - TITLE_HEIGHT - BORDER, c.width + 2 * BORDER, c.height + TITLE_HEIGHT + 2 * BORDER};
}

window_t* window_at(int32_t x, int32_t y)
{
    for (int i = stacked - 1; i >= 0; i--)
    {
        if (stack[i]->shown.shm != 0 && rect_contains(window_frame(stack[i]), x, y))
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
