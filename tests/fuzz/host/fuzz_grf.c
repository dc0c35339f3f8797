// libpatchwork's .grf version 2 decoder (libs/libpatchwork/src/grf.c),
// built freestanding against libstd as the OS builds it. Any input: an
// accepted font's every glyph lies inside the input, every code point the
// ranges name finds its glyph and no other does, kerning is looked up
// both ways round; a rejected one leaves the font zeroed.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The unit's symbols carry the pw_ prefix (fuzz.mk).
#define grf_parse pw_grf_parse
#define grf_glyph_index pw_grf_glyph_index
#define grf_glyph_at pw_grf_glyph_at
#define grf_glyph pw_grf_glyph
#define grf_kerning pw_grf_kerning
#define grf_text_width pw_grf_text_width
#define grf_error_string pw_grf_error_string
#include <patchwork/grf.h>

FUZZ_FAIL_DEFINITION

static uint32_t read32(const uint8_t* p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    grf_font_t font;
    grf_error_t error = grf_parse(&font, data, size);
    FUZZ_CHECK(grf_error_string(error) != NULL, "no error string");
    if (error != GRF_OK)
    {
        FUZZ_CHECK(font.glyphs == NULL && font.ranges == NULL && font.glyph_count == 0,
                   "a rejected font was left filled in");
        return 0;
    }
    FUZZ_CHECK(font.replacement < font.glyph_count, "replacement glyph out of range");
    for (uint32_t i = 0; i < font.glyph_count; i++)
    {
        grf_glyph_t glyph;
        FUZZ_CHECK(grf_glyph_at(&font, i, &glyph), "a glyph below the count is missing");
        if (glyph.coverage != NULL)
        {
            size_t bytes = (size_t)glyph.width * glyph.height;
            FUZZ_CHECK(glyph.coverage >= data && glyph.coverage + bytes <= data + size,
                       "a glyph's coverage lies outside the input");
            volatile uint8_t sink = 0;
            for (size_t b = 0; b < bytes; b++)
            {
                sink ^= glyph.coverage[b];
            }
            (void)sink;
        }
        else
        {
            FUZZ_CHECK(glyph.width == 0 || glyph.height == 0, "a non-empty glyph without coverage");
        }
    }
    // Each range's ends, and the code points on either side of it.
    uint32_t probes[8];
    for (uint32_t r = 0; r < font.range_count && r < 64; r++)
    {
        const uint8_t* range = font.ranges + (size_t)r * GRF_RANGE_SIZE;
        uint32_t first = read32(range), count = read32(range + 4), glyph = read32(range + 8);
        uint32_t index;
        FUZZ_CHECK(grf_glyph_index(&font, first, &index) && index == glyph, "a range's first code point");
        FUZZ_CHECK(grf_glyph_index(&font, first + count - 1, &index) && index == glyph + count - 1,
                   "a range's last code point");
        FUZZ_CHECK(first + count > GRF_MAX_CODE_POINT || !grf_glyph_index(&font, first + count, &index) ||
                       (r + 1 < font.range_count && read32(range + GRF_RANGE_SIZE) == first + count),
                   "the code point after a range found without a range starting there");
        probes[r % 8] = first;
        grf_glyph_t glyph_record;
        grf_glyph(&font, first - 1, &glyph_record);
    }
    uint32_t index;
    FUZZ_CHECK(!grf_glyph_index(&font, GRF_MAX_CODE_POINT + 1, &index), "a code point past U+10FFFF found");
    // Every kerning pair is found again, and its code points are mapped.
    for (uint32_t k = 0; k < font.kern_count && k < 256; k++)
    {
        const uint8_t* pair = font.kerning + (size_t)k * GRF_KERN_SIZE;
        uint32_t left = read32(pair), right = read32(pair + 4);
        int32_t adjust = (int16_t)(pair[8] | pair[9] << 8);
        FUZZ_CHECK(grf_kerning(&font, left, right) == adjust, "a kerning pair not found again");
        FUZZ_CHECK(adjust != 0, "a zero kerning pair accepted");
        FUZZ_CHECK(grf_glyph_index(&font, left, &index) && grf_glyph_index(&font, right, &index),
                   "a kerning pair of an unmapped code point");
    }
    uint32_t count = font.range_count < 8 ? font.range_count : 8;
    (void)grf_text_width(&font, probes, count);
    return 0;
}
