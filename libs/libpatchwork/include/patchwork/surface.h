// Surfaces and rectangles: what libpatchwork draws into (draw.h, text.h).
//
// A surface is a grid of width x height pixels, each a premultiplied
// 0xAARRGGBB uint32_t (docs/formats/fbmp.md's pixel: bytes B, G, R, A in
// memory on a little-endian machine), rows stride pixels apart. Its pixels
// are either the caller's (surface_init: a window's shared memory, the
// framebuffer, a static array), which the surface never frees, or its own
// (surface_create, freed by surface_destroy).
//
// Every drawing function writes only inside the surface's current clip
// rectangle, which is always inside the surface's bounds: whatever the
// coordinates given (negative, huge, INT32_MIN or INT32_MAX, widths that
// overflow when added to x), nothing is written outside the pixels
// [0, width) x [0, height). The clip starts as the whole surface;
// surface_push_clip narrows it (to its intersection with the current clip)
// and surface_pop_clip restores the previous one.
//
// Coordinates are int32_t; a rectangle's right and bottom edges (x + width,
// y + height) are computed in 64 bits, so they never overflow.
#ifndef PATCHWORK_SURFACE_H
#define PATCHWORK_SURFACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// A rectangle: the pixels with x <= px < x + width and y <= py < y + height.
// Empty when width or height is 0 or negative.
typedef struct
{
    int32_t x;
    int32_t y;
    int32_t width;
    int32_t height;
} rect_t;

// How many clips surface_push_clip can stack.
#define SURFACE_CLIP_DEPTH 16

// Largest side of a surface made by surface_create or accepted by
// surface_init (64 Ki pixels; stride * height must also fit in memory).
#define SURFACE_MAX_SIDE 65536

typedef struct
{
    uint32_t* pixels;  // row y starts at pixels + y * stride
    int32_t width;
    int32_t height;
    int32_t stride;    // pixels from one row to the next, >= width
    bool owned;        // pixels were allocated by surface_create
    rect_t clip;       // where drawing may write; inside the bounds
    uint32_t clip_depth;
    rect_t clip_stack[SURFACE_CLIP_DEPTH];
} surface_t;

// The rectangle (x, y, width, height).
rect_t rect_make(int32_t x, int32_t y, int32_t width, int32_t height);

// Whether R holds no pixel (width or height <= 0).
bool rect_empty(rect_t r);

// The pixels in both A and B; an empty rectangle (all zero) when none.
rect_t rect_intersect(rect_t a, rect_t b);

// The smallest rectangle holding A and B (an empty one is ignored; both
// empty gives all zero). Edges beyond the int32_t range are clamped to it.
rect_t rect_union(rect_t a, rect_t b);

// Whether the pixel (X, Y) is in R.
bool rect_contains(rect_t r, int32_t x, int32_t y);

// Whether every pixel of INNER is in OUTER (an empty INNER: true).
bool rect_contains_rect(rect_t outer, rect_t inner);

// Whether A and B share at least one pixel.
bool rect_overlaps(rect_t a, rect_t b);

// The number of pixels in R (0 when empty).
uint64_t rect_area(rect_t r);

// Make SURFACE a view of the caller's PIXELS (not owned: never freed here).
// STRIDE is in pixels. False, and SURFACE zeroed (an empty surface all
// drawing ignores), when PIXELS is NULL, a side is below 1 or above
// SURFACE_MAX_SIDE, or STRIDE < WIDTH.
bool surface_init(surface_t* surface, uint32_t* pixels, int32_t width, int32_t height, int32_t stride);

// Allocate a WIDTH x HEIGHT surface (stride = width), all pixels 0
// (transparent). False, and SURFACE zeroed, when a side is out of range or
// memory is short.
bool surface_create(surface_t* surface, int32_t width, int32_t height);

// Free SURFACE's pixels if it owns them, and zero it.
void surface_destroy(surface_t* surface);

// The surface's bounds, (0, 0, width, height).
rect_t surface_bounds(const surface_t* surface);

// Narrow the clip to its intersection with CLIP, remembering the current
// one. False (nothing changed) when SURFACE_CLIP_DEPTH clips are stacked.
bool surface_push_clip(surface_t* surface, rect_t clip);

// Restore the clip in force before the last surface_push_clip; false
// when none is stacked.
bool surface_pop_clip(surface_t* surface);

// Forget every stacked clip; the clip becomes the whole surface.
void surface_reset_clip(surface_t* surface);

// The pixel at (X, Y), or 0 outside the surface (the clip is ignored).
uint32_t surface_pixel(const surface_t* surface, int32_t x, int32_t y);

// A pointer to row Y's first pixel, or NULL outside the surface.
uint32_t* surface_row(const surface_t* surface, int32_t y);

#endif
