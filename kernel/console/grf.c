#include "grf.h"

#include <string.h>

#define GRF_HEADER_SIZE 8

bool grf_parse(const void* data, size_t size, grf_font_t* font)
{
    const uint8_t* bytes = data;
    if (size < GRF_HEADER_SIZE || memcmp(bytes, "GRF1", 4) != 0)
    {
        return false;
    }
    uint8_t width = bytes[4];
    uint8_t height = bytes[5];
    uint16_t count = (uint16_t)(bytes[6] | (bytes[7] << 8));
    uint32_t row_bytes = (width + 7u) / 8u;
    if (width == 0 || width > 32 || height == 0 || height > 64 || count <= '?' ||
        size != GRF_HEADER_SIZE + (size_t)count * height * row_bytes)
    {
        return false;
    }
    font->width = width;
    font->height = height;
    font->count = count;
    font->row_bytes = row_bytes;
    font->glyphs = bytes + GRF_HEADER_SIZE;
    return true;
}

const uint8_t* grf_glyph(const grf_font_t* font, uint32_t code_point)
{
    if (code_point >= font->count)
    {
        code_point = '?';
    }
    return font->glyphs + (size_t)code_point * font->height * font->row_bytes;
}
