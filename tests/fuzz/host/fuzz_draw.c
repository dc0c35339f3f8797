// libpatchwork's drawing (libs/libpatchwork/src/{surface,draw,text,
// damage}.c), built freestanding against libstd: the input is a program
// of drawing operations, with coordinates either small or any 32-bit
// value, on a small surface inside a guarded buffer, with a font whose
// metrics come from the input. Whatever it asks, nothing is written
// outside the surface (the guard stays intact; ASan watches the rest), and
// a damage list stays disjoint, within its size, and covers what was added.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define rect_make pw_rect_make
#define rect_empty pw_rect_empty
#define rect_intersect pw_rect_intersect
#define rect_union pw_rect_union
#define rect_contains pw_rect_contains
#define rect_contains_rect pw_rect_contains_rect
#define rect_overlaps pw_rect_overlaps
#define rect_area pw_rect_area
#define surface_init pw_surface_init
#define surface_create pw_surface_create
#define surface_destroy pw_surface_destroy
#define surface_bounds pw_surface_bounds
#define surface_push_clip pw_surface_push_clip
#define surface_pop_clip pw_surface_pop_clip
#define surface_reset_clip pw_surface_reset_clip
#define surface_pixel pw_surface_pixel
#define surface_row pw_surface_row
#define draw_rgba pw_draw_rgba
#define draw_rgb pw_draw_rgb
#define draw_blend pw_draw_blend
#define draw_scale pw_draw_scale
#define draw_fill_rect pw_draw_fill_rect
#define draw_fill_rect_copy pw_draw_fill_rect_copy
#define draw_clear pw_draw_clear
#define draw_rect_outline pw_draw_rect_outline
#define draw_hline pw_draw_hline
#define draw_vline pw_draw_vline
#define draw_line pw_draw_line
#define draw_line_aa pw_draw_line_aa
#define draw_gradient_v pw_draw_gradient_v
#define draw_gradient_h pw_draw_gradient_h
#define draw_blit pw_draw_blit
#define draw_image pw_draw_image
#define text_utf8_next pw_text_utf8_next
#define text_width pw_text_width
#define text_height pw_text_height
#define text_ink_bounds pw_text_ink_bounds
#define text_draw pw_text_draw
#define damage_clear pw_damage_clear
#define damage_add pw_damage_add
#define damage_add_all pw_damage_add_all
#define damage_empty pw_damage_empty
#define damage_count pw_damage_count
#define damage_get pw_damage_get
#define damage_area pw_damage_area
#define damage_bounds pw_damage_bounds
#define damage_clip pw_damage_clip
#define grf_parse pw_grf_parse
#include <patchwork/damage.h>
#include <patchwork/draw.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>
#include <patchwork/text.h>

FUZZ_FAIL_DEFINITION

#define GUARD 4
#define GUARD_VALUE 0xA5C3E1F7u
#define MAX_OPS 64

typedef struct
{
    const uint8_t* data;
    size_t size;
    size_t at;
} input_t;

static uint8_t take8(input_t* in)
{
    return in->at < in->size ? in->data[in->at++] : 0;
}

static uint32_t take32(input_t* in)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++)
    {
        v |= (uint32_t)take8(in) << (8 * i);
    }
    return v;
}

// A coordinate: mostly near the surface, sometimes anything.
static int32_t coordinate(input_t* in)
{
    uint8_t kind = take8(in);
    if (kind < 192)
    {
        return (int32_t)(kind % 48) - 12;
    }
    return (int32_t)take32(in);
}

static rect_t any_rect(input_t* in)
{
    int32_t x = coordinate(in), y = coordinate(in), w = coordinate(in), h = coordinate(in);
    return rect_make(x, y, w, h);
}

static void put16(uint8_t* p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t* p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
    {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

// A font of two glyphs, U+0041 and U+0042, each 3x4 pixels, with metrics
// from the input, and one kerning pair (A, B).
enum
{
    FONT_RANGE_AT = GRF_HEADER_SIZE,
    FONT_GLYPH_AT = FONT_RANGE_AT + GRF_RANGE_SIZE,
    FONT_KERN_AT = FONT_GLYPH_AT + 2 * GRF_GLYPH_SIZE,
    FONT_BITMAP_AT = FONT_KERN_AT + GRF_KERN_SIZE,
    FONT_SIZE = FONT_BITMAP_AT + 24,
};

static bool make_font(input_t* in, uint8_t* p, grf_font_t* font)
{
    memset(p, 0, FONT_SIZE);
    memcpy(p, "GRF2", 4);
    put16(p + 4, 8);
    put16(p + 6, 1 + take8(in) % 40);
    put16(p + 8, take8(in) % 40);
    put16(p + 10, take8(in) % 20);
    put32(p + 16, 1);
    put32(p + 20, 2);
    put32(p + 24, 1);
    put32(p + 28, 24);
    put32(p + 32, take8(in) % 2);
    put32(p + FONT_RANGE_AT, 0x41);
    put32(p + FONT_RANGE_AT + 4, 2);
    for (int i = 0; i < 2; i++)
    {
        uint8_t* g = p + FONT_GLYPH_AT + i * GRF_GLYPH_SIZE;
        put32(g, (uint32_t)(12 * i));
        put16(g + 4, 3);
        put16(g + 6, 4);
        put16(g + 8, (uint16_t)take32(in));
        put16(g + 10, (uint16_t)take32(in));
        put16(g + 12, (uint16_t)take32(in));
    }
    put32(p + FONT_KERN_AT, 0x41);
    put32(p + FONT_KERN_AT + 4, 0x42);
    put16(p + FONT_KERN_AT + 8, (uint16_t)take32(in));
    for (int i = 0; i < 24; i++)
    {
        p[FONT_BITMAP_AT + i] = take8(in);
    }
    return grf_parse(font, p, FONT_SIZE) == GRF_OK;
}

static void check_guard(const uint32_t* buffer, int32_t buffer_width, int32_t buffer_height, int32_t width,
                        int32_t height)
{
    for (int32_t y = 0; y < buffer_height; y++)
    {
        for (int32_t x = 0; x < buffer_width; x++)
        {
            bool inside = y >= GUARD && y < GUARD + height && x >= GUARD && x < GUARD + width;
            FUZZ_CHECK(inside || buffer[y * buffer_width + x] == GUARD_VALUE, "a pixel outside the surface written");
        }
    }
}

static void check_damage(const damage_t* damage, rect_t added)
{
    uint32_t count = damage_count(damage);
    FUZZ_CHECK(count <= DAMAGE_MAX_RECTS, "too many damage rectangles");
    for (uint32_t i = 0; i < count; i++)
    {
        FUZZ_CHECK(!rect_empty(damage->rects[i]), "an empty damage rectangle");
        for (uint32_t j = i + 1; j < count; j++)
        {
            FUZZ_CHECK(!rect_overlaps(damage->rects[i], damage->rects[j]), "damage rectangles overlap");
        }
    }
    // What damage keeps of the added rectangle: its corners are covered.
    added = rect_intersect(added, rect_make(DAMAGE_MIN, DAMAGE_MIN, DAMAGE_END - DAMAGE_MIN, DAMAGE_END - DAMAGE_MIN));
    if (rect_empty(added))
    {
        return;
    }
    int32_t xs[2] = {added.x, added.x + added.width - 1}, ys[2] = {added.y, added.y + added.height - 1};
    for (int c = 0; c < 4; c++)
    {
        bool covered = false;
        for (uint32_t i = 0; i < count; i++)
        {
            covered |= rect_contains(damage->rects[i], xs[c % 2], ys[c / 2]);
        }
        FUZZ_CHECK(covered, "added damage not covered");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    input_t in = {data, size, 0};
    int32_t width = 1 + take8(&in) % 24, height = 1 + take8(&in) % 24, gap = take8(&in) % 4;
    int32_t buffer_width = width + gap + 2 * GUARD, buffer_height = height + 2 * GUARD;
    uint32_t* buffer = malloc((size_t)buffer_width * (size_t)buffer_height * 4);
    FUZZ_CHECK(buffer != NULL, "out of memory");
    for (int32_t i = 0; i < buffer_width * buffer_height; i++)
    {
        buffer[i] = GUARD_VALUE;
    }
    surface_t surface;
    FUZZ_CHECK(surface_init(&surface, buffer + GUARD * buffer_width + GUARD, width, height, buffer_width),
               "surface_init refused a valid surface");
    draw_fill_rect_copy(&surface, surface_bounds(&surface), 0xFF000000);
    // A second surface and an image to blit from.
    surface_t other;
    FUZZ_CHECK(surface_create(&other, 1 + take8(&in) % 9, 1 + take8(&in) % 9), "surface_create failed");
    draw_gradient_v(&other, surface_bounds(&other), take32(&in), take32(&in));
    uint8_t image_pixels[6 * 5 * 4];
    for (size_t i = 0; i < sizeof(image_pixels); i++)
    {
        image_pixels[i] = take8(&in);
    }
    fbmp_image_t image = {1 + take8(&in) % 6, 1 + take8(&in) % 5, take8(&in) % 2, image_pixels};
    uint8_t font_data[FONT_SIZE];
    grf_font_t font;
    bool have_font = make_font(&in, font_data, &font);
    damage_t damage;
    damage_clear(&damage);

    for (int op = 0; op < MAX_OPS && in.at < in.size; op++)
    {
        uint8_t kind = take8(&in);
        uint32_t color = take32(&in);
        rect_t r;
        int32_t a, b, c, d;
        switch (kind % 17)
        {
        case 0: draw_fill_rect(&surface, any_rect(&in), color); break;
        case 1: draw_fill_rect_copy(&surface, any_rect(&in), color); break;
        case 2: r = any_rect(&in); draw_rect_outline(&surface, r, coordinate(&in), color); break;
        case 3: a = coordinate(&in); b = coordinate(&in); draw_hline(&surface, a, b, coordinate(&in), color); break;
        case 4: a = coordinate(&in); b = coordinate(&in); draw_vline(&surface, a, b, coordinate(&in), color); break;
        case 5:
        case 6:
            a = coordinate(&in);
            b = coordinate(&in);
            c = coordinate(&in);
            d = coordinate(&in);
            (kind % 17 == 5 ? draw_line : draw_line_aa)(&surface, a, b, c, d, color);
            break;
        case 7: draw_gradient_v(&surface, any_rect(&in), color, take32(&in)); break;
        case 8: draw_gradient_h(&surface, any_rect(&in), color, take32(&in)); break;
        case 9:
            a = coordinate(&in);
            b = coordinate(&in);
            draw_blit(&surface, a, b, color % 2 ? &surface : &other, any_rect(&in), color % 4 < 2 ? DRAW_COPY : DRAW_BLEND);
            break;
        case 10:
            a = coordinate(&in);
            b = coordinate(&in);
            draw_image(&surface, a, b, &image, any_rect(&in), color % 2 ? DRAW_COPY : DRAW_BLEND);
            break;
        case 11:
            if (have_font)
            {
                char text[8];
                size_t length = take8(&in) % sizeof(text);
                for (size_t i = 0; i < length; i++)
                {
                    uint8_t byte = take8(&in);
                    text[i] = (char)(byte < 128 ? 0x41 + byte % 3 : byte);
                }
                a = coordinate(&in);
                b = coordinate(&in);
                int64_t drawn = text_draw(&surface, &font, a, b, text, length, color);
                FUZZ_CHECK(drawn == text_width(&font, text, length), "text_draw and text_width disagree");
                (void)text_ink_bounds(&font, a, b, text, length);
            }
            break;
        case 12: surface_push_clip(&surface, any_rect(&in)); break;
        case 13: surface_pop_clip(&surface); break;
        case 14: draw_clear(&surface, color); break;
        case 15:
            r = any_rect(&in);
            damage_add(&damage, r);
            check_damage(&damage, r);
            break;
        case 16:
            damage_clip(&damage, any_rect(&in));
            check_damage(&damage, rect_make(0, 0, 0, 0));
            break;
        }
        rect_t clip = surface.clip;
        FUZZ_CHECK(rect_contains_rect(surface_bounds(&surface), clip), "the clip left the surface");
        check_guard(buffer, buffer_width, buffer_height, width, height);
    }
    surface_destroy(&other);
    free(buffer);
    return 0;
}
