// Decoding .grf version 2 fonts (docs/formats/grf.md): grayscale,
// antialiased, proportional, with kerning.
//
// A font is decoded in place: grf_parse checks the whole file once, and
// the grf_font_t it fills points into the caller's buffer, which must stay
// alive and unchanged for as long as the font is used. Nothing is
// allocated. After a successful grf_parse every lookup is safe: no
// function here reads outside the buffer, whatever the file holds.
//
// Version 1 files (GRF1, the kernel console's 1-bit monospace fonts) are
// not read here; grf_parse reports them as GRF_ERROR_VERSION.
#ifndef PATCHWORK_GRF_H
#define PATCHWORK_GRF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Sizes of the file's parts, in bytes.
#define GRF_HEADER_SIZE 40
#define GRF_RANGE_SIZE 12
#define GRF_GLYPH_SIZE 16
#define GRF_KERN_SIZE 12

// Limits a valid file stays within.
#define GRF_MAX_PIXEL_SIZE 1024
#define GRF_MAX_GLYPH_SIDE 2048
#define GRF_MAX_CODE_POINT 0x10FFFF

// What grf_parse found wrong; 0 is success.
typedef enum
{
    GRF_OK = 0,
    GRF_ERROR_ARGUMENT,  // a null pointer where a font or data was needed
    GRF_ERROR_TRUNCATED, // shorter than its header, or than its counts say
    GRF_ERROR_MAGIC,     // not a .grf file
    GRF_ERROR_VERSION,   // a .grf file of another version (GRF1)
    GRF_ERROR_HEADER,    // a header field out of range, or reserved bits set
    GRF_ERROR_LENGTH,    // longer than its counts say
    GRF_ERROR_RANGE,     // a code point range: empty, unsorted, overlapping,
                         // past U+10FFFF or naming glyphs that do not exist
    GRF_ERROR_GLYPH,     // a glyph: its bitmap outside the bitmap data, a
                         // side too large, reserved field not zero
    GRF_ERROR_KERNING,   // a kerning pair: unsorted, duplicate, or naming a
                         // code point the font does not map
} grf_error_t;

// A decoded font. The fields are read-only for users; the pointers point
// into the buffer given to grf_parse.
typedef struct
{
    uint16_t pixel_size;     // the size it was rendered at (pixels per em)
    int16_t ascent;          // baseline to the top of the line, >= 0
    int16_t descent;         // baseline to the bottom of the line, >= 0
    uint16_t line_height;    // baseline to baseline, >= 1
    uint32_t range_count;    // code point ranges
    uint32_t glyph_count;    // glyphs (>= 1)
    uint32_t kern_count;     // kerning pairs
    uint32_t bitmap_size;    // bytes of coverage data
    uint32_t replacement;    // glyph drawn for code points the font lacks
    const uint8_t* ranges;   // range_count records of GRF_RANGE_SIZE bytes
    const uint8_t* glyphs;   // glyph_count records of GRF_GLYPH_SIZE bytes
    const uint8_t* kerning;  // kern_count records of GRF_KERN_SIZE bytes
    const uint8_t* bitmaps;  // bitmap_size bytes
} grf_font_t;

// One glyph, ready to draw at pen position (x, baseline y): its top-left
// pixel goes to (x + bearing_x, y - bearing_y); then the pen moves right by
// advance (plus grf_kerning with the next character).
typedef struct
{
    uint16_t width;            // bitmap columns (0 for an empty glyph)
    uint16_t height;           // bitmap rows
    int16_t bearing_x;         // pen to the bitmap's left edge
    int16_t bearing_y;         // baseline up to the bitmap's top edge
    int16_t advance;           // pen movement, in pixels
    const uint8_t* coverage;   // width * height bytes, row by row, 0 (none)
                               // to 255 (full); NULL when width or height
                               // is 0
} grf_glyph_t;

// Check DATA (SIZE bytes) as a .grf version 2 file and fill FONT. Returns
// GRF_OK or the first problem found; FONT is then left zeroed.
grf_error_t grf_parse(grf_font_t* font, const void* data, size_t size);

// A short English description of ERROR ("truncated file", ...).
const char* grf_error_string(grf_error_t error);

// The glyph index of CODE_POINT, or false when the font has no glyph for
// it.
bool grf_glyph_index(const grf_font_t* font, uint32_t code_point, uint32_t* index);

// Glyph INDEX (below glyph_count) into GLYPH; false for an index out of
// range.
bool grf_glyph_at(const grf_font_t* font, uint32_t index, grf_glyph_t* glyph);

// The glyph for CODE_POINT into GLYPH: true when the font has it; false
// when it does not, and GLYPH is then the font's replacement glyph, so the
// caller can always draw something.
bool grf_glyph(const grf_font_t* font, uint32_t code_point, grf_glyph_t* glyph);

// The kerning between LEFT and RIGHT drawn one after the other, in pixels
// to add to LEFT's advance (negative: closer); 0 when the font has no pair.
int32_t grf_kerning(const grf_font_t* font, uint32_t left, uint32_t right);

// The width in pixels of the first LENGTH code points of TEXT: their
// advances (the replacement glyph's for code points the font lacks) and
// the kerning between neighbours.
int64_t grf_text_width(const grf_font_t* font, const uint32_t* text, size_t length);

#endif
