// Host tests of libpatchwork's drawing (surface.h, draw.h, text.h,
// damage.h), built with ASan and UBSan by tests/host/draw/run.sh.
//
// Every surface under test is a view into a larger buffer whose margin
// (GUARD pixels on every side, and the gap between a row's end and the
// stride) holds a guard value: after each operation the guard must be
// intact, so a write outside the surface is caught even where ASan cannot
// see it. Results are checked pixel by pixel against references computed
// here in the plainest way (floating point for the blend, a per-pixel
// formula for the line).
//
// usage: draw_test SANS.grf DISC.fbmp
// Output: TAP, "ok N - name" / "not ok N - name", then "1..N".
#include <patchwork/damage.h>
#include <patchwork/draw.h>
#include <patchwork/fbmp.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>
#include <patchwork/text.h>

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../host_check.h"

typedef struct
{
    uint8_t* data;
    size_t size;
} blob_t;

static blob_t read_file(const char* path)
{
    blob_t blob = {NULL, 0};
    FILE* f = fopen(path, "rb");
    if (f == NULL)
    {
        fprintf(stderr, "draw_test: cannot open %s\n", path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    blob.size = (size_t)size;
    blob.data = malloc(blob.size != 0 ? blob.size : 1);
    if (blob.data == NULL || fread(blob.data, 1, blob.size, f) != blob.size)
    {
        fprintf(stderr, "draw_test: cannot read %s\n", path);
        exit(1);
    }
    fclose(f);
    return blob;
}

// A deterministic generator (xorshift), so every run checks the same cases.
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

// A random premultiplied colour.
static uint32_t random_color(void)
{
    uint32_t a = rng() % 256;
    if (rng() % 4 == 0)
    {
        a = rng() % 2 ? 255 : 0;
    }
    uint32_t r = a ? rng() % (a + 1) : 0, g = a ? rng() % (a + 1) : 0, b = a ? rng() % (a + 1) : 0;
    return a << 24 | r << 16 | g << 8 | b;
}

// ---------------------------------------------------------------------
// Guarded surfaces.

#define GUARD 8
#define GUARD_VALUE 0xDEADBEEFu

typedef struct
{
    uint32_t* buffer; // (width + 2 * GUARD + gap) x (height + 2 * GUARD)
    int32_t buffer_width;
    int32_t buffer_height;
    surface_t surface;
} guarded_t;

// A WIDTH x HEIGHT surface, filled with FILL, inside a guarded buffer; GAP
// extra pixels of stride after each row (also guarded).
static void guarded_make(guarded_t* g, int32_t width, int32_t height, int32_t gap, uint32_t fill)
{
    g->buffer_width = width + 2 * GUARD + gap;
    g->buffer_height = height + 2 * GUARD;
    g->buffer = malloc((size_t)g->buffer_width * (size_t)g->buffer_height * sizeof(uint32_t));
    if (g->buffer == NULL)
    {
        abort();
    }
    for (int32_t i = 0; i < g->buffer_width * g->buffer_height; i++)
    {
        g->buffer[i] = GUARD_VALUE;
    }
    if (!surface_init(&g->surface, g->buffer + GUARD * g->buffer_width + GUARD, width, height, g->buffer_width))
    {
        abort();
    }
    for (int32_t y = 0; y < height; y++)
    {
        for (int32_t x = 0; x < width; x++)
        {
            surface_row(&g->surface, y)[x] = fill;
        }
    }
}

static void guarded_free(guarded_t* g)
{
    free(g->buffer);
    g->buffer = NULL;
}

// Whether every pixel outside the surface still holds the guard.
static bool guard_intact(const guarded_t* g)
{
    for (int32_t y = 0; y < g->buffer_height; y++)
    {
        for (int32_t x = 0; x < g->buffer_width; x++)
        {
            bool inside = y >= GUARD && y < GUARD + g->surface.height && x >= GUARD && x < GUARD + g->surface.width;
            if (!inside && g->buffer[y * g->buffer_width + x] != GUARD_VALUE)
            {
                return false;
            }
        }
    }
    return true;
}

static uint32_t px(const guarded_t* g, int32_t x, int32_t y)
{
    return surface_pixel(&g->surface, x, y);
}

// ---------------------------------------------------------------------
// References.

// "Over" on premultiplied colours, in floating point, rounded.
static uint32_t reference_blend(uint32_t d, uint32_t s)
{
    double sa = (double)(s >> 24);
    uint32_t result = 0;
    for (int shift = 0; shift < 32; shift += 8)
    {
        double sc = (double)((s >> shift) & 0xFF), dc = (double)((d >> shift) & 0xFF);
        double v = floor(sc + dc * (255.0 - sa) / 255.0 + 0.5);
        result |= (uint32_t)(v > 255 ? 255 : v) << shift;
    }
    return result;
}

static uint32_t reference_scale(uint32_t color, uint32_t coverage)
{
    uint32_t result = 0;
    for (int shift = 0; shift < 32; shift += 8)
    {
        double c = (double)((color >> shift) & 0xFF);
        result |= (uint32_t)floor(c * coverage / 255.0 + 0.5) << shift;
    }
    return result;
}

static bool in_rect64(int64_t x, int64_t y, int64_t rx, int64_t ry, int64_t rw, int64_t rh)
{
    return rw > 0 && rh > 0 && x >= rx && x < rx + rw && y >= ry && y < ry + rh;
}

// Whether the line (X0, Y0)-(X1, Y1) covers pixel (X, Y), from draw.h's
// definition: one pixel per step of the major axis, the minor coordinate
// the exact one rounded, halves towards the end point.
static bool on_line(int64_t x0, int64_t y0, int64_t x1, int64_t y1, int64_t x, int64_t y)
{
    int64_t dx = x1 - x0, dy = y1 - y0;
    uint64_t adx = (uint64_t)llabs(dx), ady = (uint64_t)llabs(dy);
    if (adx == 0 && ady == 0)
    {
        return x == x0 && y == y0;
    }
    bool x_major = adx >= ady;
    int64_t m0 = x_major ? x0 : y0, n0 = x_major ? y0 : x0, m = x_major ? x : y, n = x_major ? y : x;
    int64_t sm = (x_major ? dx : dy) < 0 ? -1 : 1, sn = (x_major ? dy : dx) < 0 ? -1 : 1;
    uint64_t major = x_major ? adx : ady, minor = x_major ? ady : adx;
    int64_t step = (m - m0) * sm;
    if (step < 0 || (uint64_t)step > major)
    {
        return false;
    }
    unsigned __int128 exact2 = (unsigned __int128)2 * (uint64_t)step * minor + major; // 2 * (offset + 1/2) * major
    uint64_t offset = (uint64_t)(exact2 / (2 * (unsigned __int128)major));
    return n == n0 + sn * (int64_t)offset;
}

// ---------------------------------------------------------------------
// Rectangles.

static void test_rects(void)
{
    rect_t a = rect_make(0, 0, 10, 10), b = rect_make(5, 5, 10, 10);
    rect_t i = rect_intersect(a, b);
    expect(i.x == 5 && i.y == 5 && i.width == 5 && i.height == 5, "intersect %d,%d %dx%d", i.x, i.y, i.width, i.height);
    rect_t u = rect_union(a, b);
    expect(u.x == 0 && u.y == 0 && u.width == 15 && u.height == 15, "union %d,%d %dx%d", u.x, u.y, u.width, u.height);
    expect(rect_empty(rect_intersect(a, rect_make(10, 0, 5, 5))), "touching rectangles intersect");
    expect(rect_empty(rect_make(0, 0, 0, 5)) && rect_empty(rect_make(0, 0, 5, -1)) && !rect_empty(a), "empty");
    expect(rect_contains(a, 0, 0) && rect_contains(a, 9, 9) && !rect_contains(a, 10, 9) && !rect_contains(a, -1, 0),
           "contains");
    expect(rect_contains_rect(a, rect_make(2, 2, 8, 8)) && !rect_contains_rect(a, rect_make(2, 2, 9, 8)),
           "contains_rect");
    expect(rect_area(a) == 100 && rect_area(rect_make(0, 0, -5, 5)) == 0, "area");
    rect_t big = rect_make(INT32_MAX - 1, INT32_MAX - 1, INT32_MAX, INT32_MAX);
    expect(rect_contains(big, INT32_MAX, INT32_MAX), "a rectangle reaching past INT32_MAX lost its last pixel");
    rect_t low = rect_make(INT32_MIN, INT32_MIN, INT32_MAX, INT32_MAX);
    i = rect_intersect(big, low);
    expect(rect_empty(i), "far-apart rectangles intersect");
    u = rect_union(big, low);
    expect(u.x == INT32_MIN && u.width == INT32_MAX, "union of extremes %d %d", u.x, u.width);
    i = rect_intersect(rect_make(INT32_MIN, -5, INT32_MAX, 10), rect_make(-10, 0, INT32_MAX, INT32_MAX));
    expect(i.x == -10 && i.y == 0 && i.width == 9 && i.height == 5, "intersect near INT32_MIN %d,%d %dx%d", i.x, i.y,
           i.width, i.height);
    surface_t s;
    uint32_t pixel;
    expect(!surface_init(&s, &pixel, 0, 1, 1) && s.pixels == NULL, "a 0-wide surface accepted");
    expect(!surface_init(&s, &pixel, 2, 1, 1), "stride below the width accepted");
    expect(!surface_init(&s, NULL, 1, 1, 1), "NULL pixels accepted");
    draw_fill_rect(&s, rect_make(0, 0, 1, 1), 0xFFFFFFFF); // a refused surface: ignored
    expect(surface_create(&s, 3, 2) && s.owned && s.stride == 3 && surface_pixel(&s, 2, 1) == 0, "surface_create");
    surface_destroy(&s);
    expect(s.pixels == NULL, "surface_destroy left pixels");
    report("rect-helpers-and-surface-init");
}

// ---------------------------------------------------------------------
// Blending and fills.

static void test_blend(void)
{
    // 50 % red (premultiplied: 128 of red at alpha 128) over opaque blue.
    uint32_t half_red = 0x80800000, blue = 0xFF0000FF;
    uint32_t got = draw_blend(blue, half_red);
    expect(got == 0xFF80007F, "50%% red over blue gave %08x, expected ff80007f", got);
    expect(draw_rgba(255, 0, 0, 128) == half_red, "draw_rgba(255,0,0,128) is %08x", draw_rgba(255, 0, 0, 128));
    expect(draw_blend(0x12345678, 0) == 0x12345678, "transparent changed the pixel");
    expect(draw_blend(0x12345678, 0xFF102030) == 0xFF102030, "opaque did not replace");
    for (int k = 0; k < 200000 && failure[0] == '\0'; k++)
    {
        uint32_t d = rng(), s = random_color();
        d = k % 2 ? random_color() : d;
        uint32_t want = reference_blend(d, s);
        got = draw_blend(d, s);
        expect(got == want, "blend %08x over %08x: %08x, expected %08x", s, d, got, want);
        expect(got == fbmp_blend(d, s), "blend %08x over %08x: %08x, fbmp_blend says %08x", s, d, got, fbmp_blend(d, s));
        uint32_t c = rng() % 256;
        expect(draw_scale(s, (uint8_t)c) == reference_scale(s, c), "scale %08x by %u: %08x, expected %08x", s, c,
               draw_scale(s, (uint8_t)c), reference_scale(s, c));
    }
    report("blend-over-exact-against-reference");
}

static void test_fill(void)
{
    guarded_t g;
    guarded_make(&g, 20, 15, 3, 0xFF0000FF);
    draw_fill_rect(&g.surface, rect_make(2, 3, 5, 4), 0xFF00FF00);
    draw_fill_rect(&g.surface, rect_make(4, 5, 10, 10), 0x80800000);
    for (int32_t y = 0; y < 15; y++)
    {
        for (int32_t x = 0; x < 20; x++)
        {
            uint32_t want = 0xFF0000FF;
            if (in_rect64(x, y, 2, 3, 5, 4))
            {
                want = 0xFF00FF00;
            }
            if (in_rect64(x, y, 4, 5, 10, 10))
            {
                want = reference_blend(want, 0x80800000);
            }
            expect(px(&g, x, y) == want, "pixel %d,%d is %08x, expected %08x", x, y, px(&g, x, y), want);
        }
    }
    expect(px(&g, 10, 10) == 0xFF80007F, "blended over blue: %08x", px(&g, 10, 10));
    draw_fill_rect_copy(&g.surface, rect_make(0, 0, 1, 1), 0x40102030);
    expect(px(&g, 0, 0) == 0x40102030, "copy fill stored %08x", px(&g, 0, 0));
    draw_fill_rect_copy(&g.surface, rect_make(1, 0, 1, 1), 0x40FF2030);
    expect(px(&g, 1, 0) == 0x40402030, "a colour not premultiplied was stored as %08x", px(&g, 1, 0));
    expect(guard_intact(&g), "guard overwritten");
    guarded_free(&g);
    report("fill-opaque-and-blended-pixel-by-pixel");
}

static const int32_t HOSTILE[] = {INT32_MIN, INT32_MIN + 1, -1000000, -17, -1, 0, 1, 3, 15, 16, 17, 1000000,
                                  INT32_MAX - 1, INT32_MAX};
#define HOSTILE_COUNT (sizeof(HOSTILE) / sizeof(HOSTILE[0]))

// Fills at every edge and with hostile coordinates: exactly the
// rectangle's pixels inside the surface change, and nothing else.
static void test_fill_clipping(void)
{
    guarded_t g;
    guarded_make(&g, 16, 16, 5, 0);
    for (size_t a = 0; a < HOSTILE_COUNT && failure[0] == '\0'; a++)
    {
        for (size_t b = 0; b < HOSTILE_COUNT && failure[0] == '\0'; b++)
        {
            for (size_t c = 0; c < HOSTILE_COUNT && failure[0] == '\0'; c++)
            {
                for (size_t d = 0; d < HOSTILE_COUNT && failure[0] == '\0'; d++)
                {
                    int32_t x = HOSTILE[a], y = HOSTILE[b], w = HOSTILE[c], h = HOSTILE[d];
                    draw_fill_rect_copy(&g.surface, rect_make(0, 0, 16, 16), 0);
                    draw_fill_rect(&g.surface, rect_make(x, y, w, h), 0xFFFFFFFF);
                    for (int32_t py = 0; py < 16; py++)
                    {
                        for (int32_t pxl = 0; pxl < 16; pxl++)
                        {
                            uint32_t want = in_rect64(pxl, py, x, y, w, h) ? 0xFFFFFFFF : 0;
                            expect(px(&g, pxl, py) == want, "fill %d,%d %dx%d: pixel %d,%d is %08x", x, y, w, h, pxl,
                                   py, px(&g, pxl, py));
                        }
                    }
                    draw_rect_outline(&g.surface, rect_make(x, y, w, h), (int32_t)(rng() % 4) - 1, 0x80808080);
                    draw_hline(&g.surface, x, y, w, 0xFF00FF00);
                    draw_vline(&g.surface, x, y, h, 0xFF00FF00);
                    draw_gradient_v(&g.surface, rect_make(x, y, w, h), 0xFF000000, 0x80808080);
                    draw_gradient_h(&g.surface, rect_make(w, h, x, y), 0xFFFFFFFF, 0x10101010);
                    expect(guard_intact(&g), "guard overwritten after shapes at %d,%d %dx%d", x, y, w, h);
                }
            }
        }
    }
    guarded_free(&g);
    report("fill-clipped-at-every-edge-and-hostile-coordinates");
}

static void test_clip_stack(void)
{
    guarded_t g;
    guarded_make(&g, 16, 16, 0, 0);
    expect(surface_push_clip(&g.surface, rect_make(4, 4, 8, 8)), "push refused");
    expect(surface_push_clip(&g.surface, rect_make(-100, 6, 1000, 1000)), "second push refused");
    draw_clear(&g.surface, 0xFFFFFFFF);
    for (int32_t y = 0; y < 16; y++)
    {
        for (int32_t x = 0; x < 16; x++)
        {
            uint32_t want = in_rect64(x, y, 4, 6, 8, 6) ? 0xFFFFFFFF : 0;
            expect(px(&g, x, y) == want, "nested clip: pixel %d,%d is %08x", x, y, px(&g, x, y));
        }
    }
    expect(surface_pop_clip(&g.surface), "pop refused");
    rect_t c = g.surface.clip;
    expect(c.x == 4 && c.y == 4 && c.width == 8 && c.height == 8, "pop gave %d,%d %dx%d", c.x, c.y, c.width,
           c.height);
    expect(surface_pop_clip(&g.surface) && !surface_pop_clip(&g.surface), "pops past the stack");
    for (int k = 0; k < SURFACE_CLIP_DEPTH; k++)
    {
        expect(surface_push_clip(&g.surface, rect_make(0, 0, 16, 16)), "push %d refused", k);
    }
    expect(!surface_push_clip(&g.surface, rect_make(0, 0, 1, 1)), "push past the depth accepted");
    surface_reset_clip(&g.surface);
    // A clip set by hand outside the bounds is still cut to them.
    g.surface.clip = rect_make(-5, -5, 100, 100);
    draw_clear(&g.surface, 0xFF123456);
    expect(px(&g, 0, 0) == 0xFF123456 && px(&g, 15, 15) == 0xFF123456, "clear missed pixels");
    expect(guard_intact(&g), "guard overwritten");
    guarded_free(&g);
    report("clip-stack-push-pop-and-hand-set-clip");
}

// ---------------------------------------------------------------------
// Lines and gradients.

static void test_lines(void)
{
    guarded_t g;
    guarded_make(&g, 16, 16, 2, 0);
    // Random lines, including hostile end points: exactly the pixels the
    // definition names, each once (opaque white over black, so "once" is
    // checked by the blend of half white: twice would be brighter).
    for (int k = 0; k < 60000 && failure[0] == '\0'; k++)
    {
        int32_t c[4];
        for (int i = 0; i < 4; i++)
        {
            uint32_t kind = rng() % 4;
            c[i] = kind == 0 ? HOSTILE[rng() % HOSTILE_COUNT] : kind == 1 ? (int32_t)(rng() % 64) - 24
                                                                         : (int32_t)(rng() % 20) - 2;
        }
        draw_fill_rect_copy(&g.surface, rect_make(0, 0, 16, 16), 0xFF000000);
        draw_line(&g.surface, c[0], c[1], c[2], c[3], 0x80808080);
        for (int32_t y = 0; y < 16; y++)
        {
            for (int32_t x = 0; x < 16; x++)
            {
                uint32_t want = on_line(c[0], c[1], c[2], c[3], x, y) ? reference_blend(0xFF000000, 0x80808080)
                                                                     : 0xFF000000;
                expect(px(&g, x, y) == want, "line %d,%d-%d,%d: pixel %d,%d is %08x, expected %08x", c[0], c[1],
                       c[2], c[3], x, y, px(&g, x, y), want);
            }
        }
        draw_line_aa(&g.surface, c[0], c[1], c[2], c[3], 0xFFFFFFFF);
        expect(guard_intact(&g), "guard overwritten by line %d,%d-%d,%d", c[0], c[1], c[2], c[3]);
    }
    // A hand-checked one: end points drawn, halves rounded towards the end.
    draw_fill_rect_copy(&g.surface, rect_make(0, 0, 16, 16), 0);
    draw_line(&g.surface, 1, 1, 5, 3, 0xFFFFFFFF);
    static const int32_t expected[][2] = {{1, 1}, {2, 2}, {3, 2}, {4, 3}, {5, 3}};
    int lit = 0;
    for (int32_t y = 0; y < 16; y++)
    {
        for (int32_t x = 0; x < 16; x++)
        {
            lit += px(&g, x, y) != 0;
        }
    }
    expect(lit == 5, "line 1,1-5,3 lit %d pixels", lit);
    for (int i = 0; i < 5; i++)
    {
        expect(px(&g, expected[i][0], expected[i][1]) == 0xFFFFFFFF, "line 1,1-5,3 missed %d,%d", expected[i][0],
               expected[i][1]);
    }
    // Antialiased: the end points at full colour, each column's coverage
    // adding up to about one pixel.
    draw_fill_rect_copy(&g.surface, rect_make(0, 0, 16, 16), 0);
    draw_line_aa(&g.surface, 0, 2, 15, 9, 0xFFFFFFFF);
    expect(px(&g, 0, 2) == 0xFFFFFFFF && px(&g, 15, 9) == 0xFFFFFFFF, "antialiased end points %08x %08x",
           px(&g, 0, 2), px(&g, 15, 9));
    for (int32_t x = 0; x < 16; x++)
    {
        uint32_t sum = 0;
        for (int32_t y = 0; y < 16; y++)
        {
            sum += px(&g, x, y) >> 24;
        }
        expect(sum >= 254 && sum <= 256, "column %d's coverage adds up to %u", x, sum);
    }
    expect(guard_intact(&g), "guard overwritten");
    guarded_free(&g);
    report("lines-exact-pixels-end-points-and-hostile-coordinates");
}

static void test_gradients(void)
{
    guarded_t g;
    guarded_make(&g, 40, 30, 1, 0xFF000000);
    uint32_t top = 0xFF102030, bottom = 0x80406000;
    draw_gradient_v(&g.surface, rect_make(0, 0, 40, 30), top, bottom);
    for (int32_t x = 0; x < 40; x++)
    {
        expect(px(&g, x, 0) == top, "top row %08x", px(&g, x, 0));
        expect(px(&g, x, 29) == reference_blend(0xFF000000, bottom), "bottom row %08x", px(&g, x, 29));
    }
    // Opaque ends: the middle row is the rounded mean.
    draw_gradient_v(&g.surface, rect_make(0, 0, 40, 3), 0xFF000000, 0xFFFFFF01);
    expect(px(&g, 7, 1) == 0xFF808001, "middle of 3 rows %08x", px(&g, 7, 1));
    draw_gradient_h(&g.surface, rect_make(-10, 5, 50, 2), 0xFFFF0000, 0xFF0000FF);
    expect(px(&g, 39, 5) == 0xFF0000FF, "right end %08x", px(&g, 39, 5));
    uint32_t at0 = px(&g, 0, 5); // column 10 of 50: 10/49 of the way
    uint32_t want = 0xFF000000 | (uint32_t)floor(255.0 * 39 / 49 + 0.5) << 16 | (uint32_t)floor(255.0 * 10 / 49 + 0.5);
    expect(at0 == want, "clipped gradient's first visible column %08x, expected %08x", at0, want);
    // Long gradients (more than one chunk of columns), clipped or not, agree.
    guarded_t wide;
    guarded_make(&wide, 700, 2, 0, 0);
    draw_gradient_h(&wide.surface, rect_make(0, 0, 700, 1), 0xFF000000, 0xFFFFFFFF);
    surface_push_clip(&wide.surface, rect_make(300, 0, 400, 2));
    draw_gradient_h(&wide.surface, rect_make(0, 1, 700, 1), 0xFF000000, 0xFFFFFFFF);
    for (int32_t x = 300; x < 700; x++)
    {
        expect(px(&wide, x, 0) == px(&wide, x, 1), "column %d differs when clipped", x);
    }
    expect(px(&wide, 0, 0) == 0xFF000000 && px(&wide, 699, 0) == 0xFFFFFFFF, "wide ends %08x %08x",
           px(&wide, 0, 0), px(&wide, 699, 0));
    expect(guard_intact(&g) && guard_intact(&wide), "guard overwritten");
    guarded_free(&wide);
    guarded_free(&g);
    report("gradients-end-colours-exact");
}

// ---------------------------------------------------------------------
// Blits.

static void test_blit(const blob_t* disc_file)
{
    guarded_t src, dst;
    guarded_make(&src, 10, 8, 2, 0);
    for (int32_t y = 0; y < 8; y++)
    {
        for (int32_t x = 0; x < 10; x++)
        {
            surface_row(&src.surface, y)[x] = random_color();
        }
    }
    guarded_make(&dst, 12, 12, 1, 0xFF336699);
    for (size_t k = 0; k < 20000 && failure[0] == '\0'; k++)
    {
        int32_t x = (int32_t)(rng() % 30) - 12, y = (int32_t)(rng() % 30) - 12;
        rect_t sr = rect_make((int32_t)(rng() % 20) - 6, (int32_t)(rng() % 20) - 6, (int32_t)(rng() % 16),
                              (int32_t)(rng() % 16));
        if (k % 7 == 0)
        {
            sr = rect_make(HOSTILE[rng() % HOSTILE_COUNT], HOSTILE[rng() % HOSTILE_COUNT],
                           HOSTILE[rng() % HOSTILE_COUNT], HOSTILE[rng() % HOSTILE_COUNT]);
            x = HOSTILE[rng() % HOSTILE_COUNT];
        }
        draw_mode_t mode = rng() % 2 ? DRAW_COPY : DRAW_BLEND;
        uint32_t before[12][12];
        for (int32_t py = 0; py < 12; py++)
        {
            for (int32_t pxl = 0; pxl < 12; pxl++)
            {
                before[py][pxl] = px(&dst, pxl, py);
            }
        }
        draw_blit(&dst.surface, x, y, &src.surface, sr, mode);
        for (int32_t py = 0; py < 12; py++)
        {
            for (int32_t pxl = 0; pxl < 12; pxl++)
            {
                int64_t sx = (int64_t)pxl - x + sr.x, sy = (int64_t)py - y + sr.y;
                uint32_t want = before[py][pxl];
                if (in_rect64(sx, sy, sr.x, sr.y, sr.width, sr.height) && in_rect64(sx, sy, 0, 0, 10, 8))
                {
                    uint32_t s = px(&src, (int32_t)sx, (int32_t)sy);
                    want = mode == DRAW_COPY ? s : reference_blend(want, s);
                }
                expect(px(&dst, pxl, py) == want, "blit of %d,%d %dx%d to %d,%d: pixel %d,%d is %08x, expected %08x",
                       sr.x, sr.y, sr.width, sr.height, x, y, pxl, py, px(&dst, pxl, py), want);
            }
        }
        expect(guard_intact(&dst), "guard overwritten by a blit to %d,%d", x, y);
    }
    // Onto itself, overlapping, in each direction: as if read first.
    for (int dir = 0; dir < 4 && failure[0] == '\0'; dir++)
    {
        uint32_t copy[8][10];
        for (int32_t y = 0; y < 8; y++)
        {
            for (int32_t x = 0; x < 10; x++)
            {
                copy[y][x] = px(&src, x, y);
            }
        }
        int32_t ox = dir == 0 ? 1 : dir == 1 ? -1 : 2, oy = dir == 2 ? 1 : dir == 3 ? -2 : 0;
        draw_mode_t mode = dir % 2 ? DRAW_BLEND : DRAW_COPY;
        draw_blit(&src.surface, 1 + ox, 1 + oy, &src.surface, rect_make(1, 1, 7, 5), mode);
        for (int32_t y = 0; y < 8; y++)
        {
            for (int32_t x = 0; x < 10; x++)
            {
                int32_t sx = x - ox, sy = y - oy;
                uint32_t want = copy[y][x];
                if (in_rect64(sx, sy, 1, 1, 7, 5))
                {
                    want = mode == DRAW_COPY ? copy[sy][sx] : reference_blend(want, copy[sy][sx]);
                }
                expect(px(&src, x, y) == want, "self blit %d: pixel %d,%d is %08x, expected %08x", dir, x, y,
                       px(&src, x, y), want);
            }
        }
    }
    expect(guard_intact(&src), "guard overwritten by a self blit");
    // An .fbmp image: the build's disc (32x32, white disc, transparent
    // corners) blended over blue, clipped at the left edge.
    fbmp_image_t disc;
    expect(fbmp_parse(&disc, disc_file->data, disc_file->size) == FBMP_OK, "disc.fbmp rejected");
    if (failure[0] == '\0')
    {
        guarded_t g;
        guarded_make(&g, 40, 40, 3, 0xFF0000FF);
        draw_image(&g.surface, -4, 2, &disc, rect_make(0, 0, 32, 32), DRAW_BLEND);
        for (int32_t y = 0; y < 40; y++)
        {
            for (int32_t x = 0; x < 40; x++)
            {
                uint32_t want = 0xFF0000FF;
                if (in_rect64(x + 4, y - 2, 0, 0, 32, 32))
                {
                    want = reference_blend(want, fbmp_pixel(&disc, (uint32_t)(x + 4), (uint32_t)(y - 2)));
                }
                expect(px(&g, x, y) == want, "image pixel %d,%d is %08x, expected %08x", x, y, px(&g, x, y), want);
            }
        }
        expect(px(&g, 12, 18) == 0xFFFFFFFF && px(&g, 0, 2) == 0xFF0000FF, "disc centre %08x, corner %08x",
               px(&g, 12, 18), px(&g, 0, 2));
        draw_image(&g.surface, INT32_MIN, INT32_MAX, &disc, rect_make(INT32_MIN, INT32_MIN, INT32_MAX, INT32_MAX),
                   DRAW_COPY);
        draw_image(&g.surface, 30, 30, &disc, rect_make(16, 16, INT32_MAX, INT32_MAX), DRAW_COPY);
        expect(px(&g, 39, 39) == fbmp_pixel(&disc, 25, 25), "image cut at the bottom right: %08x", px(&g, 39, 39));
        expect(guard_intact(&g), "guard overwritten by an image");
        guarded_free(&g);
    }
    guarded_free(&src);
    guarded_free(&dst);
    report("blit-surface-and-image-copy-blend-clipped");
}

// ---------------------------------------------------------------------
// Text.

static void test_utf8(void)
{
    static const struct
    {
        const char* bytes;
        uint32_t codes[6];
        size_t count;
    } cases[] = {
        {"A", {0x41}, 1},
        {"\xC3\xA9", {0xE9}, 1},
        {"\xE2\x82\xAC", {0x20AC}, 1},
        {"\xF0\x9F\x98\x80", {0x1F600}, 1},
        {"\xF4\x8F\xBF\xBF", {0x10FFFF}, 1},
        {"\x80", {0xFFFD}, 1},
        {"\xC0\xAF", {0xFFFD, 0xFFFD}, 2},           // overlong: C0 never valid
        {"\xE0\x80\xAF", {0xFFFD, 0xFFFD, 0xFFFD}, 3}, // overlong 3-byte
        {"\xED\xA0\x80", {0xFFFD, 0xFFFD, 0xFFFD}, 3}, // a surrogate
        {"\xF4\x90\x80\x80", {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}, 4}, // past U+10FFFF
        {"\xE2\x82", {0xFFFD}, 1},                   // cut short: one U+FFFD
        {"\xE2\x82" "A", {0xFFFD, 0x41}, 2},
        {"\xF0\x9F\x98", {0xFFFD}, 1},
        {"\xFF" "a\xFE", {0xFFFD, 0x61, 0xFFFD}, 3},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        size_t length = strlen(cases[i].bytes), pos = 0, n = 0;
        uint32_t got[8];
        while (pos < length && n < 8)
        {
            size_t before = pos;
            got[n++] = text_utf8_next(cases[i].bytes, length, &pos);
            expect(pos > before, "case %zu did not move", i);
        }
        expect(n == cases[i].count, "case %zu: %zu code points, expected %zu", i, n, cases[i].count);
        for (size_t k = 0; k < n && k < cases[i].count; k++)
        {
            expect(got[k] == cases[i].codes[k], "case %zu, code point %zu: U+%04X, expected U+%04X", i, k, got[k],
                   cases[i].codes[k]);
        }
    }
    size_t pos = 3;
    expect(text_utf8_next("abc", 3, &pos) == 0xFFFD && pos == 3, "reading at the end moved");
    report("utf8-decoding-valid-and-invalid");
}

static void test_text(const grf_font_t* font)
{
    grf_glyph_t a, v;
    grf_glyph(font, 'A', &a);
    grf_glyph(font, 'V', &v);
    int32_t kern = grf_kerning(font, 'A', 'V');
    // Measuring.
    expect(text_width(font, "A", TEXT_NUL_TERMINATED) == a.advance, "width of A %lld, advance %d",
           (long long)text_width(font, "A", TEXT_NUL_TERMINATED), a.advance);
    int64_t av = text_width(font, "AV", 2);
    expect(kern < 0 && av == a.advance + v.advance + kern && av < a.advance + v.advance,
           "AV is %lld wide, A %d + V %d, kerning %d", (long long)av, a.advance, v.advance, kern);
    expect(text_height(font) == font->ascent + font->descent, "height %d", text_height(font));
    expect(text_width(font, "", 0) == 0 && text_width(font, NULL, 5) == 0 && text_width(NULL, "A", 1) == 0,
           "empty measures");
    // A missing code point is the replacement glyph; invalid UTF-8 is
    // U+FFFD (which this font may or may not have).
    grf_glyph_t replacement;
    grf_glyph_at(font, font->replacement, &replacement);
    expect(text_width(font, "\xE4\xB8\x80", 3) == replacement.advance, "U+4E00 is %lld wide, replacement %d",
           (long long)text_width(font, "\xE4\xB8\x80", 3), replacement.advance);
    expect(text_width(font, "\xFF", 1) == text_width(font, "\xEF\xBF\xBD", 3), "invalid byte is not U+FFFD's width");

    // 'A' in opaque dark red on a transparent surface: the pixels are the
    // glyph's coverage times the colour, all inside the measured ink box,
    // which is inside the line box; nothing else changes.
    guarded_t g;
    guarded_make(&g, 48, 40, 2, 0);
    uint32_t color = 0xFF800000;
    int32_t x = 10, y = 7;
    int64_t advance = text_draw(&g.surface, font, x, y, "A", 1, color);
    expect(advance == a.advance, "text_draw returned %lld", (long long)advance);
    rect_t ink = text_ink_bounds(font, x, y, "A", 1);
    rect_t line = rect_make(x, y, (int32_t)text_width(font, "A", 1), text_height(font));
    expect(rect_contains_rect(line, ink), "ink %d,%d %dx%d outside the line box %d,%d %dx%d", ink.x, ink.y, ink.width,
           ink.height, line.x, line.y, line.width, line.height);
    int lit = 0;
    for (int32_t py = 0; py < 40; py++)
    {
        for (int32_t pxl = 0; pxl < 48; pxl++)
        {
            uint32_t want = 0;
            if (rect_contains(ink, pxl, py))
            {
                int32_t gx = pxl - (x + a.bearing_x), gy = py - (y + font->ascent - a.bearing_y);
                want = reference_scale(color, a.coverage[gy * a.width + gx]);
            }
            expect(px(&g, pxl, py) == want, "'A' pixel %d,%d is %08x, expected %08x", pxl, py, px(&g, pxl, py), want);
            lit += px(&g, pxl, py) != 0;
        }
    }
    expect(lit > 20, "'A' lit only %d pixels", lit);

    // "AV": V drawn kerned, i.e. where "V" alone lands when moved left.
    guarded_t one, two;
    guarded_make(&one, 48, 24, 0, 0);
    guarded_make(&two, 48, 24, 0, 0);
    text_draw(&one.surface, font, 2, 2, "AV", 2, 0xFFFFFFFF);
    text_draw(&two.surface, font, 2, 2, "A", 1, 0xFFFFFFFF);
    text_draw(&two.surface, font, 2 + a.advance + kern, 2, "V", 1, 0xFFFFFFFF);
    expect(memcmp(one.buffer, two.buffer, (size_t)one.buffer_width * (size_t)one.buffer_height * 4) == 0,
           "\"AV\" differs from A then V moved by the kerning");

    // Clipped text: a cut of the same text drawn on a larger surface.
    guarded_t big;
    guarded_make(&big, 200, 60, 0, 0);
    const char* words = "Hello, w\xC3\xB6rld! \xE2\x82\xAC \xFF AVA";
    for (int k = 0; k < 400 && failure[0] == '\0'; k++)
    {
        int32_t tx = (int32_t)(rng() % 80) - 60, ty = (int32_t)(rng() % 50) - 30;
        draw_fill_rect_copy(&big.surface, rect_make(0, 0, 200, 60), 0);
        draw_fill_rect_copy(&g.surface, rect_make(0, 0, 48, 40), 0);
        uint32_t c = random_color();
        text_draw(&big.surface, font, tx + 100, ty + 20, words, TEXT_NUL_TERMINATED, c);
        text_draw(&g.surface, font, tx, ty, words, TEXT_NUL_TERMINATED, c);
        for (int32_t py = 0; py < 40; py++)
        {
            for (int32_t pxl = 0; pxl < 48; pxl++)
            {
                expect(px(&g, pxl, py) == px(&big, pxl + 100, py + 20), "clipped text at %d,%d: pixel %d,%d", tx, ty,
                       pxl, py);
            }
        }
        expect(guard_intact(&g), "guard overwritten by text at %d,%d", tx, ty);
    }
    for (size_t a1 = 0; a1 < HOSTILE_COUNT; a1++)
    {
        for (size_t b1 = 0; b1 < HOSTILE_COUNT; b1++)
        {
            text_draw(&g.surface, font, HOSTILE[a1], HOSTILE[b1], words, TEXT_NUL_TERMINATED, 0xFFFFFFFF);
            (void)text_ink_bounds(font, HOSTILE[a1], HOSTILE[b1], words, TEXT_NUL_TERMINATED);
        }
    }
    expect(guard_intact(&g) && guard_intact(&one) && guard_intact(&two) && guard_intact(&big), "guard overwritten");
    guarded_free(&g);
    guarded_free(&one);
    guarded_free(&two);
    guarded_free(&big);
    report("text-coverage-kerning-replacement-clipping");
}

// ---------------------------------------------------------------------
// Damage.

static bool rects_equal(rect_t a, rect_t b)
{
    return a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
}

static void test_damage(void)
{
    damage_t d;
    damage_clear(&d);
    expect(damage_empty(&d) && damage_area(&d) == 0, "a cleared damage is not empty");
    damage_add(&d, rect_make(0, 0, 0, 10));
    expect(damage_empty(&d), "an empty rectangle added damage");
    damage_add(&d, rect_make(0, 0, 10, 10));
    damage_add(&d, rect_make(20, 20, 5, 5));
    expect(damage_count(&d) == 2 && damage_area(&d) == 125, "two disjoint: %u rects, area %llu", damage_count(&d),
           (unsigned long long)damage_area(&d));
    damage_add(&d, rect_make(2, 2, 3, 3));
    expect(damage_count(&d) == 2 && damage_area(&d) == 125, "a contained rectangle changed the damage");
    damage_add(&d, rect_make(5, 5, 10, 2)); // overlaps the first: bounding box 0,0 15x10
    rect_t r;
    expect(damage_count(&d) == 2 && damage_area(&d) == 175, "overlap: %u rects, area %llu", damage_count(&d),
           (unsigned long long)damage_area(&d));
    damage_add(&d, rect_make(15, 0, 5, 10)); // adjacent on the right: 0,0 20x10
    expect(damage_count(&d) == 2 && damage_area(&d) == 225, "adjacent: %u rects, area %llu", damage_count(&d),
           (unsigned long long)damage_area(&d));
    damage_add(&d, rect_make(25, 25, 3, 3)); // touches 20,20 5x5 only at a corner: kept apart
    expect(damage_count(&d) == 3, "corner-touching rectangles merged: %u", damage_count(&d));
    // A bridge between the first and the second merges them into 0,0
    // 25x25 (the third still only touches that at a corner).
    damage_add(&d, rect_make(10, 9, 12, 13));
    expect(damage_count(&d) == 2, "bridge: %u rects", damage_count(&d));
    rect_t bounds = damage_bounds(&d);
    expect(rects_equal(bounds, rect_make(0, 0, 28, 28)), "bounds %d,%d %dx%d", bounds.x, bounds.y, bounds.width,
           bounds.height);
    expect(damage_get(&d, 0, &r) && !damage_get(&d, 2, &r), "damage_get");
    damage_clip(&d, rect_make(0, 0, 26, 26));
    expect(damage_count(&d) == 2 && damage_area(&d) == 25 * 25 + 1, "clip: %u rects, area %llu", damage_count(&d),
           (unsigned long long)damage_area(&d));
    damage_clear(&d);
    // More than DAMAGE_MAX_RECTS disjoint: one bounding box.
    for (int i = 0; i <= DAMAGE_MAX_RECTS; i++)
    {
        damage_add(&d, rect_make(i * 10, (i % 3) * 10, 4, 4));
    }
    expect(damage_count(&d) == 1 && damage_get(&d, 0, &r) && rects_equal(r, rect_make(0, 0, 164, 24)),
           "collapse: %u rects, first %d,%d %dx%d", damage_count(&d), r.x, r.y, r.width, r.height);
    damage_add_all(&d, &d);
    expect(damage_count(&d) == 1, "adding damage to itself changed it");
    // Random adds on a 72x72 grid: every added pixel stays covered, the
    // rectangles never overlap, the area is their union's.
    for (int round = 0; round < 300 && failure[0] == '\0'; round++)
    {
        static uint8_t added[72][72], covered[72][72];
        memset(added, 0, sizeof(added));
        damage_clear(&d);
        int adds = 1 + (int)(rng() % 30);
        for (int k = 0; k < adds; k++)
        {
            rect_t a = rect_make((int32_t)(rng() % 64), (int32_t)(rng() % 64), (int32_t)(rng() % 8),
                                 (int32_t)(rng() % 8));
            damage_add(&d, a);
            for (int32_t y = 0; y < 72; y++)
            {
                for (int32_t x = 0; x < 72; x++)
                {
                    added[y][x] |= rect_contains(a, x, y);
                }
            }
        }
        memset(covered, 0, sizeof(covered));
        uint64_t count = 0;
        for (uint32_t i = 0; i < damage_count(&d); i++)
        {
            damage_get(&d, i, &r);
            expect(!rect_empty(r), "an empty rectangle listed");
            for (int32_t y = 0; y < 72; y++)
            {
                for (int32_t x = 0; x < 72; x++)
                {
                    if (rect_contains(r, x, y))
                    {
                        expect(!covered[y][x], "rectangles overlap at %d,%d", x, y);
                        covered[y][x] = 1;
                        count++;
                    }
                }
            }
        }
        expect(count == damage_area(&d), "area %llu, pixels %llu", (unsigned long long)damage_area(&d),
               (unsigned long long)count);
        for (int32_t y = 0; y < 72; y++)
        {
            for (int32_t x = 0; x < 72; x++)
            {
                expect(!added[y][x] || covered[y][x], "added pixel %d,%d not covered", x, y);
            }
        }
    }
    // Hostile rectangles: no overflow, still disjoint.
    damage_clear(&d);
    for (size_t a = 0; a < HOSTILE_COUNT; a++)
    {
        damage_add(&d, rect_make(HOSTILE[a], HOSTILE[(a * 5) % HOSTILE_COUNT], HOSTILE[(a * 3) % HOSTILE_COUNT],
                                 INT32_MAX));
    }
    expect(damage_count(&d) >= 1, "hostile rectangles lost");
    // Damage is cut to DAMAGE_MIN..DAMAGE_END, where every bounding box
    // fits a rect_t: the far ends are kept, and merging them covers both.
    damage_clear(&d);
    damage_add(&d, rect_make(DAMAGE_MIN - 100, 0, 200, 10));
    damage_add(&d, rect_make(DAMAGE_END - 50, 0, 100, 10));
    damage_add(&d, rect_make(INT32_MIN, 0, 10, 10));
    expect(damage_count(&d) == 2 && damage_area(&d) == 1500, "far ends: %u rects, area %llu", damage_count(&d),
           (unsigned long long)damage_area(&d));
    damage_add(&d, rect_make(0, 5, 1, 1));
    damage_add(&d, rect_make(DAMAGE_MIN + 50, 2, DAMAGE_END - DAMAGE_MIN - 100, 1));
    expect(damage_count(&d) == 1 && damage_get(&d, 0, &r) && rect_contains(r, DAMAGE_MIN, 0) &&
               rect_contains(r, DAMAGE_END - 1, 9),
           "merging the far ends: %u rects, %d,%d %dx%d", damage_count(&d), r.x, r.y, r.width, r.height);
    report("damage-merge-collapse-area-clip");
}

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        fprintf(stderr, "usage: draw_test SANS.grf DISC.fbmp\n");
        return 2;
    }
    blob_t sans = read_file(argv[1]);
    blob_t disc = read_file(argv[2]);
    grf_font_t font;
    if (grf_parse(&font, sans.data, sans.size) != GRF_OK)
    {
        fprintf(stderr, "draw_test: %s is not a .grf v2 font\n", argv[1]);
        return 1;
    }
    test_rects();
    test_blend();
    test_fill();
    test_fill_clipping();
    test_clip_stack();
    test_lines();
    test_gradients();
    test_blit(&disc);
    test_utf8();
    test_text(&font);
    test_damage();
    printf("1..%d\n", test_number);
    free(sans.data);
    free(disc.data);
    return failures != 0;
}
