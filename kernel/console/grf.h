// Reading .grf bitmap fonts (docs/formats/grf.md).
#ifndef KERNEL_CONSOLE_GRF_H
#define KERNEL_CONSOLE_GRF_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct
{
    uint8_t width;
    uint8_t height;
    uint16_t count;        /**< code points 0..count-1 have glyphs */
    uint32_t row_bytes;    /**< bytes per glyph row */
    const uint8_t* glyphs; /**< count * height * row_bytes bytes */
} grf_font_t;

/** Check a .grf file and describe it in @p font; false if it is malformed. */
bool grf_parse(const void* data, size_t size, grf_font_t* font);

/** The glyph for @p code_point ('?' when out of range). */
const uint8_t* grf_glyph(const grf_font_t* font, uint32_t code_point);

#endif
