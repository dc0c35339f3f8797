// Text drawn with .grf fonts (include/patchwork/text.h).
#include "draw_internal.h"

#include <patchwork/text.h>

#include <string.h>

uint32_t text_utf8_next(const char* text, size_t length, size_t* pos)
{
    if (text == NULL || pos == NULL || *pos >= length)
    {
        return TEXT_REPLACEMENT_CHARACTER;
    }
    const unsigned char* s = (const unsigned char*)text + *pos;
    size_t left = length - *pos;
    uint32_t lead = s[0];
    if (lead < 0x80)
    {
        *pos += 1;
        return lead;
    }
    // The sequence's length, its lead's payload, and the range the second
    // byte must be in (narrower than 80..BF where a wider one would be an
    // overlong form, a surrogate or past U+10FFFF).
    size_t need;
    uint32_t code;
    unsigned low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
    {
        need = 2;
        code = lead & 0x1F;
    }
    else if (lead >= 0xE0 && lead <= 0xEF)
    {
        need = 3;
        code = lead & 0x0F;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    }
    else if (lead >= 0xF0 && lead <= 0xF4)
    {
        need = 4;
        code = lead & 0x07;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    }
    else
    {
        *pos += 1;
        return TEXT_REPLACEMENT_CHARACTER;
    }
    size_t used = 1;
    while (used < need)
    {
        if (used >= left)
        {
            *pos += used;
            return TEXT_REPLACEMENT_CHARACTER;
        }
        unsigned byte = s[used];
        unsigned lo = used == 1 ? low : 0x80, hi = used == 1 ? high : 0xBF;
        if (byte < lo || byte > hi)
        {
            *pos += used;
            return TEXT_REPLACEMENT_CHARACTER;
        }
        code = (code << 6) | (byte & 0x3F);
        used++;
    }
    *pos += used;
    return code;
}

static size_t text_length(const char* text, size_t length)
{
    if (text == NULL)
    {
        return 0;
    }
    return length == TEXT_NUL_TERMINATED ? strlen(text) : length;
}

// Walk TEXT: for each code point, its glyph and the pen position (relative
// to the start) where it is drawn. Calls VISIT (when not NULL) for each,
// and returns the final pen position.
typedef void (*glyph_visitor_t)(void* context, const grf_glyph_t* glyph, int64_t pen);

static int64_t walk(const grf_font_t* font, const char* text, size_t length, glyph_visitor_t visit,
                    void* context)
{
    if (font == NULL || font->glyphs == NULL)
    {
        return 0;
    }
    length = text_length(text, length);
    int64_t pen = 0;
    size_t pos = 0;
    bool first = true;
    uint32_t previous = 0;
    while (pos < length)
    {
        uint32_t code = text_utf8_next(text, length, &pos);
        if (!first)
        {
            pen += grf_kerning(font, previous, code);
        }
        grf_glyph_t glyph;
        grf_glyph(font, code, &glyph);
        if (visit != NULL)
        {
            visit(context, &glyph, pen);
        }
        pen += glyph.advance;
        previous = code;
        first = false;
    }
    return pen;
}

int64_t text_width(const grf_font_t* font, const char* text, size_t length)
{
    return walk(font, text, length, NULL, NULL);
}

int32_t text_height(const grf_font_t* font)
{
    if (font == NULL)
    {
        return 0;
    }
    return (int32_t)font->ascent + font->descent;
}

typedef struct
{
    int64_t x;        // the string's start
    int64_t baseline;
    box_t ink;
    bool any;
} ink_context_t;

static box_t glyph_box(const grf_glyph_t* glyph, int64_t pen_x, int64_t baseline)
{
    int64_t left = pen_x + glyph->bearing_x, top = baseline - glyph->bearing_y;
    box_t b = {left, top, left + glyph->width, top + glyph->height};
    return b;
}

static void ink_visit(void* context, const grf_glyph_t* glyph, int64_t pen)
{
    ink_context_t* ink = context;
    if (glyph->width == 0 || glyph->height == 0 || glyph->coverage == NULL)
    {
        return;
    }
    box_t b = glyph_box(glyph, ink->x + pen, ink->baseline);
    if (!ink->any)
    {
        ink->ink = b;
        ink->any = true;
        return;
    }
    ink->ink.left = b.left < ink->ink.left ? b.left : ink->ink.left;
    ink->ink.top = b.top < ink->ink.top ? b.top : ink->ink.top;
    ink->ink.right = b.right > ink->ink.right ? b.right : ink->ink.right;
    ink->ink.bottom = b.bottom > ink->ink.bottom ? b.bottom : ink->ink.bottom;
}

static int32_t clamp32(int64_t v)
{
    return v < INT32_MIN ? INT32_MIN : v > INT32_MAX ? INT32_MAX : (int32_t)v;
}

rect_t text_ink_bounds(const grf_font_t* font, int32_t x, int32_t y, const char* text, size_t length)
{
    rect_t none = {0, 0, 0, 0};
    if (font == NULL)
    {
        return none;
    }
    ink_context_t ink = {x, (int64_t)y + font->ascent, {0, 0, 0, 0}, false};
    walk(font, text, length, ink_visit, &ink);
    if (!ink.any)
    {
        return none;
    }
    int32_t left = clamp32(ink.ink.left), top = clamp32(ink.ink.top);
    return rect_make(left, top, clamp32(ink.ink.right - left), clamp32(ink.ink.bottom - top));
}

typedef struct
{
    surface_t* surface;
    box_t clip;
    int64_t x;
    int64_t baseline;
    uint32_t color;
} draw_context_t;

static void draw_visit(void* context, const grf_glyph_t* glyph, int64_t pen)
{
    draw_context_t* d = context;
    if (glyph->width == 0 || glyph->height == 0 || glyph->coverage == NULL)
    {
        return;
    }
    box_t whole = glyph_box(glyph, d->x + pen, d->baseline);
    box_t b = box_intersect(whole, d->clip);
    if (box_empty(b))
    {
        return;
    }
    bool opaque = (d->color >> 24) == 255;
    for (int64_t y = b.top; y < b.bottom; y++)
    {
        const uint8_t* coverage =
            glyph->coverage + (size_t)(y - whole.top) * glyph->width + (size_t)(b.left - whole.left);
        uint32_t* p = d->surface->pixels + (size_t)y * (size_t)d->surface->stride + (size_t)b.left;
        for (int64_t i = 0; i < b.right - b.left; i++)
        {
            uint32_t c = coverage[i];
            if (c == 0)
            {
                continue;
            }
            p[i] = c == 255 && opaque ? d->color : blend_pixel(p[i], scale_pixel(d->color, c));
        }
    }
}

int64_t text_draw(surface_t* surface, const grf_font_t* font, int32_t x, int32_t y, const char* text,
                  size_t length, uint32_t color)
{
    if (font == NULL)
    {
        return 0;
    }
    box_t clip = draw_clip_box(surface);
    color = premultiplied(color);
    if (box_empty(clip) || (color >> 24) == 0)
    {
        return text_width(font, text, length);
    }
    draw_context_t d = {surface, clip, x, (int64_t)y + font->ascent, color};
    return walk(font, text, length, draw_visit, &d);
}
