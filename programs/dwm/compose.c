// The screen: a back buffer in dwm's memory where the damaged rectangles
// are redrawn (background, then the windows bottom to top, then the
// resize outline and the cursor), and the framebuffer (sys:/fb/0) they
// are then copied to. Drawing is libpatchwork's (draw.h), each damaged
// rectangle a clip.
// With --test nothing is copied: the back buffer is the screen, read by
// test-probe.
#include "dwm.h"

#include <patchwork/draw.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define MAX_DAMAGE 16
#define BACKGROUND 0xFF2E4A62u
#define OUTLINE_COLOUR 0xFFFFFFFFu

static surface_t back;
static rect_t outline;
static uint32_t* framebuffer; // NULL with --test or without a framebuffer
static uint32_t fb_stride;
static bool fb_rgbx;
static rect_t damage[MAX_DAMAGE];
static int damaged;

// sys:/fb/0/info: "width W\nheight H\nstride S\nformat bgrx|rgbx\n".
static int read_info(uint32_t* width, uint32_t* height, uint32_t* stride, bool* rgbx)
{
    fd_t fd = io_open("sys:/fb/0/info");
    if (fd == -1)
    {
        return -1;
    }
    char text[128] = {0};
    ssize_t got = read(fd, text, sizeof(text) - 1);
    close(fd);
    char format[8] = {0};
    if (got <= 0 || sscanf(text, "width %u height %u stride %u format %7s", width, height, stride, format) != 4)
    {
        return -1;
    }
    *rgbx = strcmp(format, "rgbx") == 0;
    return 0;
}

int screen_init(void)
{
    uint32_t width = 800, height = 600, stride = 800;
    bool have_fb = read_info(&width, &height, &stride, &fb_rgbx) == 0;
    if (!have_fb && !options.test)
    {
        fprintf(stderr, "dwm: no framebuffer (sys:/fb/0/info)\n");
        return -1;
    }
    if (width == 0 || height == 0 || width > PROTO_MAX_SIDE || height > PROTO_MAX_SIDE || stride < width)
    {
        fprintf(stderr, "dwm: a %ux%u screen is not supported\n", width, height);
        return -1;
    }
    if (!options.test)
    {
        fd_t fd = io_open("sys:/fb/0/buffer");
        framebuffer = fd == -1 ? NULL : mem_map(fd, NULL, (size_t)stride * height * 4, PROT_READ | PROT_WRITE);
        if (fd != -1)
        {
            close(fd);
        }
        if (framebuffer == NULL)
        {
            fprintf(stderr, "dwm: cannot map sys:/fb/0/buffer\n");
            return -1;
        }
        fb_stride = stride;
        // The console stops drawing and typing PS/2 keys while we have the
        // screen; the kernel gives it back when this descriptor closes,
        // however dwm ends (docs/desktop.md).
        fd_t consctl = io_open("sys:/consctl");
        if (consctl == -1 || write(consctl, "screenoff", 9) != 9)
        {
            fprintf(stderr, "dwm: the console keeps the screen (sys:/consctl: %s)\n", strerror(errno));
        }
    }
    uint32_t* pixels = mem_map(-1, NULL, (size_t)width * height * 4, PROT_READ | PROT_WRITE);
    if (pixels == NULL || !surface_init(&back, pixels, (int32_t)width, (int32_t)height, (int32_t)width))
    {
        fprintf(stderr, "dwm: no memory for the screen\n");
        return -1;
    }
    options.width = width, options.height = height;
    screen_damage((rect_t){0, 0, (int32_t)width, (int32_t)height});
    decorate_init();
    return 0;
}

void screen_outline(rect_t rect)
{
    screen_damage(outline);
    outline = rect;
    screen_damage(outline);
}

void screen_damage(rect_t rect)
{
    rect = rect_intersect(rect, surface_bounds(&back));
    if (rect_empty(rect))
    {
        return;
    }
    if (damaged == MAX_DAMAGE) // too many pieces: one that covers them all
    {
        for (int i = 1; i < damaged; i++)
        {
            damage[0] = rect_union(damage[0], damage[i]);
        }
        damaged = 1;
        damage[0] = rect_union(damage[0], rect);
        return;
    }
    damage[damaged++] = rect;
}

static void paint_window(const window_t* window, bool focused)
{
    if (!rect_overlaps(window_frame(window), back.clip))
    {
        return;
    }
    if (window_decorated(window))
    {
        decorate_paint(&back, window, focused);
    }
    surface_t content; // a view of the client's pixels
    const shared_t* shown = &window->shown;
    if (surface_init(&content, shown->pixels, (int32_t)shown->width, (int32_t)shown->height, (int32_t)shown->stride))
    {
        draw_blit(&back, window->content.x, window->content.y, &content, surface_bounds(&content), DRAW_COPY);
    }
}

static void show(rect_t r)
{
    if (framebuffer == NULL)
    {
        return;
    }
    for (int32_t y = r.y; y < r.y + r.height; y++)
    {
        const uint32_t* from = back.pixels + (size_t)y * back.stride + r.x;
        uint32_t* to = framebuffer + (size_t)y * fb_stride + r.x;
        if (!fb_rgbx)
        {
            memcpy(to, from, (size_t)r.width * 4);
            continue;
        }
        for (int32_t x = 0; x < r.width; x++)
        {
            uint32_t p = from[x];
            to[x] = (p & 0xFF00FF00u) | ((p >> 16) & 0xFF) | ((p & 0xFF) << 16);
        }
    }
}

void screen_compose(void)
{
    window_t* focused = window_focused();
    for (int d = 0; d < damaged; d++)
    {
        rect_t clip = damage[d];
        surface_push_clip(&back, clip);
        draw_fill_rect_copy(&back, clip, BACKGROUND);
        for (int i = 0; window_stacked(i) != NULL; i++)
        {
            window_t* window = window_stacked(i);
            if (window_visible(window))
            {
                paint_window(window, window == focused);
            }
        }
        if (!rect_empty(outline))
        {
            draw_rect_outline(&back, outline, 1, OUTLINE_COLOUR);
        }
        cursor_paint(&back);
        surface_pop_clip(&back);
        show(clip);
    }
    damaged = 0;
}

uint32_t screen_pixel(int32_t x, int32_t y)
{
    if (x < 0 || y < 0 || x >= back.width || y >= back.height)
    {
        return 0;
    }
    return back.pixels[(size_t)y * back.stride + x] | 0xFF000000u; // windows are opaque
}
