// libpatchwork's drawing internals, shared by draw.c and text.c: boxes
// with 64-bit edges (so no coordinate arithmetic overflows) and the
// per-pixel blend.
#ifndef PATCHWORK_DRAW_INTERNAL_H
#define PATCHWORK_DRAW_INTERNAL_H

#include <patchwork/surface.h>

#include <stdbool.h>
#include <stdint.h>

// The pixels left <= x < right, top <= y < bottom; empty when right <= left
// or bottom <= top.
typedef struct
{
    int64_t left;
    int64_t top;
    int64_t right;
    int64_t bottom;
} box_t;

static inline box_t box_of(rect_t r)
{
    box_t b = {r.x, r.y, (int64_t)r.x + r.width, (int64_t)r.y + r.height};
    return b;
}

static inline bool box_empty(box_t b)
{
    return b.right <= b.left || b.bottom <= b.top;
}

static inline box_t box_intersect(box_t a, box_t b)
{
    box_t r = {a.left > b.left ? a.left : b.left, a.top > b.top ? a.top : b.top,
               a.right < b.right ? a.right : b.right, a.bottom < b.bottom ? a.bottom : b.bottom};
    return r;
}

// Where SURFACE may be written: its clip cut to its bounds (so a clip
// changed by hand cannot lead outside); empty for an unusable surface.
static inline box_t draw_clip_box(const surface_t* surface)
{
    box_t none = {0, 0, 0, 0};
    if (surface == NULL || surface->pixels == NULL || surface->width < 1 || surface->height < 1 ||
        surface->stride < surface->width)
    {
        return none;
    }
    box_t bounds = {0, 0, surface->width, surface->height};
    return box_intersect(box_of(surface->clip), bounds);
}

// The "over" operator, two channels at a time: A and G in one word, R and
// B in another, each lane 16 bits. d * (255 - sa) / 255 rounds exactly as
// fbmp_blend does; a sum above 255 (only for a source that is not
// premultiplied) saturates.
static inline uint32_t blend_pixel(uint32_t d, uint32_t s)
{
    uint32_t keep = 255 - (s >> 24);
    uint32_t rb = (d & 0x00FF00FFu) * keep + 0x00800080u;
    rb = ((rb + ((rb >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
    uint32_t ag = ((d >> 8) & 0x00FF00FFu) * keep + 0x00800080u;
    ag = ((ag + ((ag >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
    rb += s & 0x00FF00FFu;
    ag += (s >> 8) & 0x00FF00FFu;
    rb = (rb | (((rb >> 8) & 0x00010001u) * 0xFFu)) & 0x00FF00FFu;
    ag = (ag | (((ag >> 8) & 0x00010001u) * 0xFFu)) & 0x00FF00FFu;
    return rb | (ag << 8);
}

// Every channel of COLOR times COVERAGE / 255, rounded.
static inline uint32_t scale_pixel(uint32_t color, uint32_t coverage)
{
    uint32_t rb = (color & 0x00FF00FFu) * coverage + 0x00800080u;
    rb = ((rb + ((rb >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
    uint32_t ag = ((color >> 8) & 0x00FF00FFu) * coverage + 0x00800080u;
    ag = ((ag + ((ag >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
    return rb | (ag << 8);
}

// COLOR with each colour channel cut to its alpha (premultiplied).
static inline uint32_t premultiplied(uint32_t color)
{
    uint32_t a = color >> 24;
    uint32_t r = (color >> 16) & 0xFF, g = (color >> 8) & 0xFF, b = color & 0xFF;
    r = r > a ? a : r;
    g = g > a ? a : g;
    b = b > a ? a : b;
    return (a << 24) | (r << 16) | (g << 8) | b;
}

#endif
