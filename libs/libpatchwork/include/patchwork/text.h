// Text: UTF-8 strings drawn with a .grf version 2 font (grf.h) into a
// surface (surface.h).
//
// A string is one line: its code points are drawn left to right, each
// glyph's pen moving by its advance plus the font's kerning between it and
// the next code point. A code point the font lacks is drawn with the
// font's replacement glyph (and its advance); bytes that are not valid
// UTF-8 decode as U+FFFD, one for each maximal invalid sequence (as
// text_utf8_next says). Control characters are not interpreted ('\n' is a
// code point like any other).
//
// Placement: (X, Y) is the top-left corner of the line box, which is
// ascent + descent pixels high; the baseline is at Y + font->ascent. A
// glyph's coverage byte c blends COLOR scaled by c / 255 over the pixel
// (draw_scale, then draw_blend; draw.h). Drawing is cut to the surface's
// clip like every other drawing function: nothing is written outside it,
// whatever the position.
//
// LENGTH is the string's length in bytes; TEXT_NUL_TERMINATED instead
// means "up to the first NUL". A NULL font or text draws and measures
// nothing.
#ifndef PATCHWORK_TEXT_H
#define PATCHWORK_TEXT_H

#include <patchwork/grf.h>
#include <patchwork/surface.h>

#include <stddef.h>
#include <stdint.h>

#define TEXT_NUL_TERMINATED ((size_t)-1)

// The code point U+FFFD, what invalid UTF-8 decodes as.
#define TEXT_REPLACEMENT_CHARACTER 0xFFFDu

// Decode the code point at byte *POS of TEXT (LENGTH bytes) and move *POS
// past it. Invalid input (a stray continuation byte, a lead byte not
// followed by enough continuation bytes, an overlong form, a surrogate,
// a code point past U+10FFFF, the bytes C0, C1, F5..FF) gives U+FFFD and
// moves past the longest prefix that could have started a valid sequence
// (at least one byte). Returns U+FFFD without moving when *POS >= LENGTH.
uint32_t text_utf8_next(const char* text, size_t length, size_t* pos);

// The width of TEXT in pixels: advances plus kerning, the pen's movement.
int64_t text_width(const grf_font_t* font, const char* text, size_t length);

// The height of the line box: ascent + descent.
int32_t text_height(const grf_font_t* font);

// The pixels drawing TEXT at (X, Y) may touch: the union of its glyphs'
// bitmaps (clamped to the int32_t range); empty for a string with no ink
// (spaces, empty string).
rect_t text_ink_bounds(const grf_font_t* font, int32_t x, int32_t y, const char* text, size_t length);

// Draw TEXT with its line box's top-left corner at (X, Y) in COLOR
// (premultiplied 0xAARRGGBB). Returns the width, as text_width.
int64_t text_draw(surface_t* surface, const grf_font_t* font, int32_t x, int32_t y, const char* text,
                  size_t length, uint32_t color);

#endif
