// Windows: their surfaces in shared memory, and the requests about them.
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

int window_map(pw_window_t* window, const proto_msg_t* surface)
{
    size_t bytes = (size_t)surface->surface.stride * surface->surface.height * sizeof(uint32_t);
    fd_t fd = io_openf("sys:/shm/%llu/data", (unsigned long long)surface->surface.shm);
    if (fd == -1)
    {
        return -1;
    }
    uint32_t* pixels = mem_map(fd, NULL, bytes, PROT_READ | PROT_WRITE);
    int saved = errno;
    close(fd);
    if (pixels == NULL)
    {
        errno = saved;
        return -1;
    }
    window_unmap(window);
    window->pixels = pixels;
    window->mapped = bytes;
    window->width = surface->surface.width;
    window->height = surface->surface.height;
    window->stride = surface->surface.stride;
    window->shm = surface->surface.shm;
    for (size_t i = 0; i < bytes / sizeof(uint32_t); i++)
    {
        pixels[i] = 0xFFFFFFFF;
    }
    return 0;
}

void window_unmap(pw_window_t* window)
{
    if (window->pixels != NULL)
    {
        munmap(window->pixels, window->mapped);
        window->pixels = NULL;
    }
}

static int attach(pw_window_t* window)
{
    proto_msg_t msg = {.header.type = PROTO_ATTACH, .attach = {window->id, window->shm}};
    return pw_send(window->client, &msg);
}

static uint32_t title_into(char* title, const char* text)
{
    size_t length = text == NULL ? 0 : strlen(text);
    length = length > PROTO_MAX_TITLE ? PROTO_MAX_TITLE : length;
    for (size_t i = 0; i < length; i++)
    {
        unsigned char c = (unsigned char)text[i];
        title[i] = c < 0x20 || c == 0x7F ? '?' : (char)c;
    }
    return (uint32_t)length;
}

pw_window_t* pw_window_create(pw_client_t* client, int32_t x, int32_t y, uint32_t width, uint32_t height,
                              const char* title)
{
    return pw_window_create_kind(client, x, y, width, height, title, 0);
}

pw_window_t* pw_window_create_kind(pw_client_t* client, int32_t x, int32_t y, uint32_t width, uint32_t height,
                                   const char* title, uint32_t kind)
{
    pw_window_t* window = calloc(1, sizeof(*window));
    if (window == NULL)
    {
        return NULL;
    }
    proto_msg_t request = {.header.type = PROTO_CREATE_WINDOW}, reply;
    request.create.x = x, request.create.y = y, request.create.width = width, request.create.height = height;
    request.create.flags = kind;
    request.create.title_length = title_into(request.create.title, title);
    if (pw_request(client, &request, PROTO_WINDOW_CREATED, &reply) == -1)
    {
        free(window);
        return NULL;
    }
    window->client = client;
    window->id = reply.surface.window;
    if (window_map(window, &reply) == -1 || attach(window) == -1)
    {
        int saved = errno;
        proto_msg_t close_msg = {.header.type = PROTO_CLOSE_WINDOW, .close.window = window->id};
        pw_send(client, &close_msg);
        window_unmap(window);
        free(window);
        errno = saved;
        return NULL;
    }
    window->next = client->windows;
    client->windows = window;
    return window;
}

uint32_t* pw_window_pixels(pw_window_t* window, uint32_t* stride)
{
    if (stride != NULL)
    {
        *stride = window->stride;
    }
    return window->pixels;
}

bool pw_window_surface(pw_window_t* window, surface_t* surface)
{
    return window != NULL && surface_init(surface, window->pixels, (int32_t)window->width, (int32_t)window->height,
                                          (int32_t)window->stride);
}

uint32_t pw_window_id(const pw_window_t* window)
{
    return window->id;
}

uint32_t pw_window_width(const pw_window_t* window)
{
    return window->width;
}

uint32_t pw_window_height(const pw_window_t* window)
{
    return window->height;
}

int pw_window_damage(pw_window_t* window, const proto_rect_t* rects, size_t count)
{
    while (count > 0)
    {
        proto_msg_t msg = {.header.type = PROTO_DAMAGE, .damage.window = window->id};
        msg.damage.count = count > PROTO_MAX_RECTS ? PROTO_MAX_RECTS : (uint32_t)count;
        memcpy(msg.damage.rects, rects, msg.damage.count * sizeof(proto_rect_t));
        if (pw_send(window->client, &msg) == -1)
        {
            return -1;
        }
        rects += msg.damage.count;
        count -= msg.damage.count;
    }
    return 0;
}

int pw_window_move(pw_window_t* window, int32_t x, int32_t y)
{
    proto_msg_t msg = {.header.type = PROTO_MOVE, .move = {window->id, x, y}};
    return pw_send(window->client, &msg);
}

int pw_window_resize(pw_window_t* window, uint32_t width, uint32_t height)
{
    proto_msg_t request = {.header.type = PROTO_RESIZE, .resize = {window->id, width, height}}, reply;
    if (pw_request(window->client, &request, PROTO_WINDOW_RESIZED, &reply) == -1)
    {
        return -1;
    }
    if (reply.surface.window != window->id)
    {
        errno = EPROTO;
        return -1;
    }
    return window_map(window, &reply) == -1 ? -1 : attach(window);
}

int pw_window_set_title(pw_window_t* window, const char* title)
{
    proto_msg_t msg = {.header.type = PROTO_SET_TITLE, .title.window = window->id};
    msg.title.title_length = title_into(msg.title.title, title);
    return pw_send(window->client, &msg);
}

int pw_window_close(pw_window_t* window)
{
    pw_client_t* client = window->client;
    for (pw_window_t** link = &client->windows; *link != NULL; link = &(*link)->next)
    {
        if (*link == window)
        {
            *link = window->next;
            break;
        }
    }
    proto_msg_t msg = {.header.type = PROTO_CLOSE_WINDOW, .close.window = window->id};
    int result = pw_send(client, &msg);
    window_unmap(window);
    free(window);
    return result;
}

int pw_watch(pw_client_t* client)
{
    proto_msg_t msg = {.header.type = PROTO_WATCH};
    return pw_send(client, &msg);
}

int pw_activate(pw_client_t* client, uint32_t window, uint32_t action)
{
    proto_msg_t msg = {.header.type = PROTO_ACTIVATE, .activate = {window, action}};
    return pw_send(client, &msg);
}
