// .grf version 2 decoding (docs/formats/grf.md). grf_parse checks every
// count, offset and record before anything is looked up, so the lookups
// below trust the font they are given.
#include <patchwork/grf.h>

#include <string.h>

static uint16_t read16(const uint8_t* p)
{
    return (uint16_t)(p[0] | (uint16_t)p[1] << 8);
}

static uint32_t read32(const uint8_t* p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int16_t read16s(const uint8_t* p)
{
    uint16_t value = read16(p);
    return value < 0x8000 ? (int16_t)value : (int16_t)((int32_t)value - 0x10000);
}

const char* grf_error_string(grf_error_t error)
{
    switch (error)
    {
    case GRF_OK:
        return "no error";
    case GRF_ERROR_ARGUMENT:
        return "missing argument";
    case GRF_ERROR_TRUNCATED:
        return "truncated file";
    case GRF_ERROR_MAGIC:
        return "not a .grf font";
    case GRF_ERROR_VERSION:
        return "a .grf font of another version";
    case GRF_ERROR_HEADER:
        return "bad header field";
    case GRF_ERROR_LENGTH:
        return "longer than its header says";
    case GRF_ERROR_RANGE:
        return "bad code point range";
    case GRF_ERROR_GLYPH:
        return "bad glyph record";
    case GRF_ERROR_KERNING:
        return "bad kerning pair";
    }
    return "unknown error";
}

static bool in_side(int32_t value)
{
    return value >= -GRF_MAX_GLYPH_SIDE && value <= GRF_MAX_GLYPH_SIDE;
}

static grf_error_t check_header(const uint8_t* p, size_t size, grf_font_t* font)
{
    if (size < 4)
    {
        return GRF_ERROR_TRUNCATED;
    }
    // "GRF" and a digit: the digit is the version.
    if (memcmp(p, "GRF", 3) != 0 || p[3] < '0' || p[3] > '9')
    {
        return GRF_ERROR_MAGIC;
    }
    if (p[3] != '2')
    {
        return GRF_ERROR_VERSION;
    }
    if (size < GRF_HEADER_SIZE)
    {
        return GRF_ERROR_TRUNCATED;
    }
    font->pixel_size = read16(p + 4);
    font->line_height = read16(p + 6);
    uint16_t ascent = read16(p + 8);
    uint16_t descent = read16(p + 10);
    uint32_t flags = read32(p + 12);
    font->range_count = read32(p + 16);
    font->glyph_count = read32(p + 20);
    font->kern_count = read32(p + 24);
    font->bitmap_size = read32(p + 28);
    font->replacement = read32(p + 32);
    uint32_t reserved = read32(p + 36);
    if (font->pixel_size < 1 || font->pixel_size > GRF_MAX_PIXEL_SIZE || font->line_height < 1 ||
        font->line_height > GRF_MAX_GLYPH_SIDE || ascent > GRF_MAX_GLYPH_SIDE || descent > GRF_MAX_GLYPH_SIDE ||
        flags != 0 || reserved != 0 || font->glyph_count < 1 || font->replacement >= font->glyph_count)
    {
        return GRF_ERROR_HEADER;
    }
    font->ascent = (int16_t)ascent;
    font->descent = (int16_t)descent;
    // 64-bit sums: four 32-bit counts times at most 16 cannot overflow.
    uint64_t expected = (uint64_t)GRF_HEADER_SIZE + (uint64_t)font->range_count * GRF_RANGE_SIZE +
        (uint64_t)font->glyph_count * GRF_GLYPH_SIZE + (uint64_t)font->kern_count * GRF_KERN_SIZE +
        font->bitmap_size;
    if ((uint64_t)size < expected)
    {
        return GRF_ERROR_TRUNCATED;
    }
    if ((uint64_t)size > expected)
    {
        return GRF_ERROR_LENGTH;
    }
    font->ranges = p + GRF_HEADER_SIZE;
    font->glyphs = font->ranges + (size_t)font->range_count * GRF_RANGE_SIZE;
    font->kerning = font->glyphs + (size_t)font->glyph_count * GRF_GLYPH_SIZE;
    font->bitmaps = font->kerning + (size_t)font->kern_count * GRF_KERN_SIZE;
    return GRF_OK;
}

static grf_error_t check_ranges(const grf_font_t* font)
{
    uint64_t next_free = 0; // the lowest code point the next range may start at
    for (uint32_t i = 0; i < font->range_count; i++)
    {
        const uint8_t* r = font->ranges + (size_t)i * GRF_RANGE_SIZE;
        uint64_t first = read32(r);
        uint64_t count = read32(r + 4);
        uint64_t glyph = read32(r + 8);
        if (count == 0 || first < next_free || first + count > (uint64_t)GRF_MAX_CODE_POINT + 1 ||
            glyph + count > font->glyph_count)
        {
            return GRF_ERROR_RANGE;
        }
        next_free = first + count;
    }
    return GRF_OK;
}

static grf_error_t check_glyphs(const grf_font_t* font)
{
    for (uint32_t i = 0; i < font->glyph_count; i++)
    {
        const uint8_t* g = font->glyphs + (size_t)i * GRF_GLYPH_SIZE;
        uint64_t offset = read32(g);
        uint32_t width = read16(g + 4);
        uint32_t height = read16(g + 6);
        int16_t advance = read16s(g + 12);
        if (width > GRF_MAX_GLYPH_SIDE || height > GRF_MAX_GLYPH_SIDE || !in_side(read16s(g + 8)) ||
            !in_side(read16s(g + 10)) || advance < 0 || advance > GRF_MAX_GLYPH_SIDE || read16(g + 14) != 0 ||
            offset + (uint64_t)width * height > font->bitmap_size)
        {
            return GRF_ERROR_GLYPH;
        }
    }
    return GRF_OK;
}

static grf_error_t check_kerning(const grf_font_t* font)
{
    uint64_t previous = 0;
    for (uint32_t i = 0; i < font->kern_count; i++)
    {
        const uint8_t* k = font->kerning + (size_t)i * GRF_KERN_SIZE;
        uint32_t left = read32(k);
        uint32_t right = read32(k + 4);
        int16_t adjust = read16s(k + 8);
        uint64_t key = (uint64_t)left << 32 | right;
        uint32_t unused;
        if ((i > 0 && key <= previous) || adjust == 0 || !in_side(adjust) || read16(k + 10) != 0 ||
            !grf_glyph_index(font, left, &unused) || !grf_glyph_index(font, right, &unused))
        {
            return GRF_ERROR_KERNING;
        }
        previous = key;
    }
    return GRF_OK;
}

grf_error_t grf_parse(grf_font_t* font, const void* data, size_t size)
{
    if (font == NULL)
    {
        return GRF_ERROR_ARGUMENT;
    }
    memset(font, 0, sizeof(*font));
    if (data == NULL)
    {
        return GRF_ERROR_ARGUMENT;
    }
    grf_font_t checked;
    memset(&checked, 0, sizeof(checked));
    grf_error_t error = check_header(data, size, &checked);
    if (error == GRF_OK)
    {
        error = check_ranges(&checked);
    }
    if (error == GRF_OK)
    {
        error = check_glyphs(&checked);
    }
    if (error == GRF_OK)
    {
        // Needs the ranges checked: it looks code points up.
        error = check_kerning(&checked);
    }
    if (error == GRF_OK)
    {
        *font = checked;
    }
    return error;
}

bool grf_glyph_index(const grf_font_t* font, uint32_t code_point, uint32_t* index)
{
    if (font == NULL || font->ranges == NULL)
    {
        return false;
    }
    // The last range whose first code point is <= code_point.
    uint32_t low = 0;
    uint32_t high = font->range_count;
    while (low < high)
    {
        uint32_t middle = low + (high - low) / 2;
        if (read32(font->ranges + (size_t)middle * GRF_RANGE_SIZE) <= code_point)
        {
            low = middle + 1;
        }
        else
        {
            high = middle;
        }
    }
    if (low == 0)
    {
        return false;
    }
    const uint8_t* r = font->ranges + (size_t)(low - 1) * GRF_RANGE_SIZE;
    uint32_t first = read32(r);
    if (code_point - first >= read32(r + 4))
    {
        return false;
    }
    if (index != NULL)
    {
        *index = read32(r + 8) + (code_point - first);
    }
    return true;
}

bool grf_glyph_at(const grf_font_t* font, uint32_t index, grf_glyph_t* glyph)
{
    if (font == NULL || glyph == NULL || index >= font->glyph_count)
    {
        return false;
    }
    const uint8_t* g = font->glyphs + (size_t)index * GRF_GLYPH_SIZE;
    glyph->width = read16(g + 4);
    glyph->height = read16(g + 6);
    glyph->bearing_x = read16s(g + 8);
    glyph->bearing_y = read16s(g + 10);
    glyph->advance = read16s(g + 12);
    glyph->coverage = glyph->width != 0 && glyph->height != 0 ? font->bitmaps + read32(g) : NULL;
    return true;
}

bool grf_glyph(const grf_font_t* font, uint32_t code_point, grf_glyph_t* glyph)
{
    if (glyph == NULL)
    {
        return false;
    }
    memset(glyph, 0, sizeof(*glyph));
    uint32_t index;
    if (grf_glyph_index(font, code_point, &index))
    {
        return grf_glyph_at(font, index, glyph);
    }
    if (font != NULL)
    {
        grf_glyph_at(font, font->replacement, glyph);
    }
    return false;
}

int32_t grf_kerning(const grf_font_t* font, uint32_t left, uint32_t right)
{
    if (font == NULL || font->kerning == NULL)
    {
        return 0;
    }
    uint64_t key = (uint64_t)left << 32 | right;
    uint32_t low = 0;
    uint32_t high = font->kern_count;
    while (low < high)
    {
        uint32_t middle = low + (high - low) / 2;
        const uint8_t* k = font->kerning + (size_t)middle * GRF_KERN_SIZE;
        uint64_t here = (uint64_t)read32(k) << 32 | read32(k + 4);
        if (here == key)
        {
            return read16s(k + 8);
        }
        if (here < key)
        {
            low = middle + 1;
        }
        else
        {
            high = middle;
        }
    }
    return 0;
}

int64_t grf_text_width(const grf_font_t* font, const uint32_t* text, size_t length)
{
    if (font == NULL || text == NULL)
    {
        return 0;
    }
    int64_t width = 0;
    grf_glyph_t glyph;
    for (size_t i = 0; i < length; i++)
    {
        grf_glyph(font, text[i], &glyph);
        width += glyph.advance;
        if (i + 1 < length)
        {
            width += grf_kerning(font, text[i], text[i + 1]);
        }
    }
    return width;
}
