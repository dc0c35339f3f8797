// Drawing into a surface (surface.h): rectangles, lines, gradients,
// images and other surfaces.
//
// Colours are premultiplied 0xAARRGGBB, like the surface's pixels: 50 %
// red is 0x80800000, not 0x80FF0000. A colour with a channel above its
// alpha is not premultiplied; the functions here clamp each colour channel
// to its alpha before use, so such a colour cannot make a pixel invalid.
//
// Blending is the "over" operator on premultiplied pixels (fbmp_blend):
// each channel, alpha included, becomes
//     source + destination * (255 - source alpha) / 255, rounded.
// An opaque source (alpha 255) replaces the pixel, a transparent one (0)
// leaves it alone. Functions named *_copy, or given DRAW_COPY, store the
// source as it is instead.
//
// Clipping: every function writes only inside the surface's clip
// rectangle (which lies inside its bounds), whatever its arguments; a
// shape partly or wholly outside is drawn as far as it is inside, as if
// the surface were unbounded and then cut. A NULL surface, or one that
// surface_init refused, is ignored.
#ifndef PATCHWORK_DRAW_H
#define PATCHWORK_DRAW_H

#include <patchwork/fbmp.h>
#include <patchwork/surface.h>

#include <stdint.h>

// How a blit combines its source with the destination.
typedef enum
{
    DRAW_COPY,  // store the source pixel (alpha included)
    DRAW_BLEND, // the "over" operator
} draw_mode_t;

// The colour R, G, B (0..255) at alpha A (0..255), premultiplied.
uint32_t draw_rgba(uint8_t r, uint8_t g, uint8_t b, uint8_t a);

// The opaque colour R, G, B.
uint32_t draw_rgb(uint8_t r, uint8_t g, uint8_t b);

// SOURCE over DESTINATION (both premultiplied); the blend all drawing uses.
uint32_t draw_blend(uint32_t destination, uint32_t source);

// COLOR scaled by COVERAGE / 255 (0: transparent, 255: COLOR), rounded:
// how text and antialiased lines weigh their colour.
uint32_t draw_scale(uint32_t color, uint8_t coverage);

// Blend COLOR over every pixel of RECT (an opaque colour is a plain fill).
void draw_fill_rect(surface_t* surface, rect_t rect, uint32_t color);

// Store COLOR, unblended, in every pixel of RECT (e.g. to clear to
// transparent).
void draw_fill_rect_copy(surface_t* surface, rect_t rect, uint32_t color);

// Blend COLOR over the whole clip.
void draw_clear(surface_t* surface, uint32_t color);

// The outline of RECT, THICKNESS pixels wide, inside RECT (a thickness of
// half the smaller side or more fills it). Each pixel is blended once.
void draw_rect_outline(surface_t* surface, rect_t rect, int32_t thickness, uint32_t color);

// LENGTH pixels from (X, Y) to the right (horizontal) or down (vertical);
// nothing when LENGTH <= 0.
void draw_hline(surface_t* surface, int32_t x, int32_t y, int32_t length, uint32_t color);
void draw_vline(surface_t* surface, int32_t x, int32_t y, int32_t length, uint32_t color);

// A one-pixel line from (X0, Y0) to (X1, Y1), both end points included:
// one pixel per column (or per row, whichever the line covers more of),
// the other coordinate rounded to the nearest pixel from the exact line
// (halves round towards Y1, or X1), as Bresenham's algorithm draws it.
// Every pixel is blended once. Any coordinates: the work done is bounded
// by the clip's size, not the line's length.
void draw_line(surface_t* surface, int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t color);

// An antialiased one-pixel line (Xiaolin Wu's idea): along the line's
// major axis each step lights the two pixels nearest the exact line,
// with coverage split by distance, end points included.
void draw_line_aa(surface_t* surface, int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t color);

// Fill RECT with a linear gradient: TOP on its first row to BOTTOM on its
// last (vertical), or LEFT on its first column to RIGHT on its last
// (horizontal); each channel interpolated and rounded, so the end rows or
// columns are exactly the given colours. Positions count from RECT, not
// from the clip, so a clipped gradient is a cut of the whole one. Blended
// (a gradient between opaque colours is simply stored).
void draw_gradient_v(surface_t* surface, rect_t rect, uint32_t top, uint32_t bottom);
void draw_gradient_h(surface_t* surface, rect_t rect, uint32_t left, uint32_t right);

// Draw SOURCE_RECT of SOURCE with its top-left pixel at (X, Y) of
// SURFACE, copied or blended. SOURCE_RECT is first cut to SOURCE's bounds
// (the source's clip is not used), then the destination to SURFACE's clip.
// SOURCE may be SURFACE itself, overlapping areas included (the result is
// as if the source were read in full first).
void draw_blit(surface_t* surface, int32_t x, int32_t y, const surface_t* source, rect_t source_rect,
               draw_mode_t mode);

// The same with a parsed .fbmp image as the source. An image flagged
// opaque (FBMP_FLAG_OPAQUE) is copied even when DRAW_BLEND is asked.
void draw_image(surface_t* surface, int32_t x, int32_t y, const fbmp_image_t* image, rect_t source_rect,
                draw_mode_t mode);

#endif
