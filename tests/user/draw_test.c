// home:/test/draw_test: libpatchwork's drawing in the OS, linked with the
// installed libpatchwork.a like a desktop program. A surface over shared
// memory (sys:/shm/new, mapped as a window's pixels would be) with guard
// words after it: fills, a blend, a gradient, a line, a blit of the
// build's disc.fbmp and text in sans-14.grf land where they should, and
// nothing is written past the surface. The thorough pixel-by-pixel checks
// run on the host (tests/host/draw); this shows the same code works
// compiled for the target.
#include "tap.h"

#include <patchwork/damage.h>
#include <patchwork/draw.h>
#include <patchwork/fbmp.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>
#include <patchwork/text.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define WIDTH 100
#define HEIGHT 60
#define STRIDE 104
#define GUARD_WORDS 1024
#define GUARD 0xDEADBEEFu
#define MAP_BYTES ((size_t)(STRIDE * HEIGHT + GUARD_WORDS) * 4)

static uint8_t* read_all(const char* path, size_t* size)
{
    FILE* file = fopen(path, "rb");
    if (file == NULL)
    {
        return NULL;
    }
    size_t capacity = 65536, used = 0, got;
    uint8_t* data = malloc(capacity);
    while (data != NULL && (got = fread(data + used, 1, capacity - used, file)) > 0)
    {
        used += got;
        if (used == capacity)
        {
            capacity *= 2;
            uint8_t* bigger = realloc(data, capacity);
            if (bigger == NULL)
            {
                free(data);
            }
            data = bigger;
        }
    }
    fclose(file);
    *size = used;
    return data;
}

static uint32_t* pixels;
static surface_t surface;

static const char* guard_check(void)
{
    for (int32_t y = 0; y < HEIGHT; y++)
    {
        for (int32_t x = WIDTH; x < STRIDE; x++)
        {
            TAP_CHECK(pixels[y * STRIDE + x] == GUARD, "the gap after row %d was written", y);
        }
    }
    for (int i = 0; i < GUARD_WORDS; i++)
    {
        TAP_CHECK(pixels[STRIDE * HEIGHT + i] == GUARD, "guard word %d past the surface was written", i);
    }
    return NULL;
}

static const char* test_shapes(void)
{
    fd_t handle = io_open("sys:/shm/new");
    TAP_CHECK(handle != -1, "open sys:/shm/new: %s", strerror(errno));
    pixels = mem_map(handle, NULL, MAP_BYTES, PROT_READ | PROT_WRITE);
    TAP_CHECK(pixels != NULL, "mem_map: %s", strerror(errno));
    for (size_t i = 0; i < MAP_BYTES / 4; i++)
    {
        pixels[i] = GUARD;
    }
    TAP_CHECK(surface_init(&surface, pixels, WIDTH, HEIGHT, STRIDE), "surface_init refused");
    draw_fill_rect_copy(&surface, surface_bounds(&surface), 0xFF0000FF);
    draw_fill_rect(&surface, rect_make(10, 10, 20, 10), 0x80800000);
    TAP_CHECK(surface_pixel(&surface, 15, 15) == 0xFF80007F, "50%% red over blue is %08x",
              (unsigned)surface_pixel(&surface, 15, 15));
    TAP_CHECK(surface_pixel(&surface, 9, 15) == 0xFF0000FF, "fill leaked left: %08x",
              (unsigned)surface_pixel(&surface, 9, 15));
    draw_gradient_v(&surface, rect_make(40, 0, 10, 60), 0xFF000000, 0xFFFFFFFF);
    TAP_CHECK(surface_pixel(&surface, 45, 0) == 0xFF000000 && surface_pixel(&surface, 45, 59) == 0xFFFFFFFF,
              "gradient ends %08x %08x", (unsigned)surface_pixel(&surface, 45, 0),
              (unsigned)surface_pixel(&surface, 45, 59));
    draw_line(&surface, 0, 59, 99, 0, 0xFF00FF00);
    TAP_CHECK(surface_pixel(&surface, 0, 59) == 0xFF00FF00 && surface_pixel(&surface, 99, 0) == 0xFF00FF00,
              "line end points %08x %08x", (unsigned)surface_pixel(&surface, 0, 59),
              (unsigned)surface_pixel(&surface, 99, 0));
    // Hostile coordinates: clipped, never outside.
    draw_fill_rect(&surface, rect_make(INT32_MIN, INT32_MIN, INT32_MAX, INT32_MAX), 0xFFFFFFFF);
    draw_fill_rect(&surface, rect_make(90, 50, INT32_MAX, INT32_MAX), 0x80FFFFFF);
    draw_line(&surface, INT32_MIN, INT32_MAX, INT32_MAX, INT32_MIN, 0xFFFF0000);
    draw_rect_outline(&surface, rect_make(-5, -5, 200, 200), 8, 0xFF00FFFF);
    return guard_check();
}

static const char* test_image_and_text(void)
{
    TAP_CHECK(pixels != NULL, "no surface (the previous test failed)");
    size_t size;
    uint8_t* data = read_all("home:/usr/share/images/disc.fbmp", &size);
    TAP_CHECK(data != NULL, "reading disc.fbmp: %s", strerror(errno));
    fbmp_image_t disc;
    TAP_CHECK(fbmp_parse(&disc, data, size) == FBMP_OK, "disc.fbmp rejected");
    draw_fill_rect_copy(&surface, surface_bounds(&surface), 0xFF000000);
    draw_image(&surface, 80, 40, &disc, rect_make(0, 0, 32, 32), DRAW_BLEND);
    TAP_CHECK(surface_pixel(&surface, 96, 56) == 0xFFFFFFFF && surface_pixel(&surface, 80, 40) == 0xFF000000,
              "disc centre %08x, corner %08x", (unsigned)surface_pixel(&surface, 96, 56),
              (unsigned)surface_pixel(&surface, 80, 40));
    free(data);
    data = read_all("home:/usr/share/fonts/sans-14.grf", &size);
    TAP_CHECK(data != NULL, "reading sans-14.grf: %s", strerror(errno));
    grf_font_t font;
    TAP_CHECK(grf_parse(&font, data, size) == GRF_OK, "sans-14.grf rejected");
    draw_fill_rect_copy(&surface, surface_bounds(&surface), 0);
    int64_t width = text_draw(&surface, &font, 4, 4, "AV", TEXT_NUL_TERMINATED, 0xFFFFFFFF);
    rect_t ink = text_ink_bounds(&font, 4, 4, "AV", TEXT_NUL_TERMINATED);
    grf_glyph_t a, v;
    grf_glyph(&font, 'A', &a);
    grf_glyph(&font, 'V', &v);
    const char* reason = NULL;
    int lit = 0, outside = 0;
    for (int32_t y = 0; y < HEIGHT; y++)
    {
        for (int32_t x = 0; x < WIDTH; x++)
        {
            if (surface_pixel(&surface, x, y) != 0)
            {
                lit++;
                outside += !rect_contains(ink, x, y);
            }
        }
    }
    if (width >= a.advance + v.advance)
    {
        reason = tap_reason("\"AV\" is %lld wide, not kerned (A %d, V %d)", (long long)width, a.advance, v.advance);
    }
    else if (lit < 30 || outside != 0)
    {
        reason = tap_reason("\"AV\" lit %d pixels, %d outside its ink box", lit, outside);
    }
    text_draw(&surface, &font, -20, 55, "clipped \xFF text \xE2\x82\xAC", TEXT_NUL_TERMINATED, 0x80FFFFFF);
    free(data);
    if (reason != NULL)
    {
        return reason;
    }
    return guard_check();
}

static const char* test_damage(void)
{
    damage_t damage;
    damage_clear(&damage);
    damage_add(&damage, rect_make(0, 0, 10, 10));
    damage_add(&damage, rect_make(10, 0, 10, 10));
    damage_add(&damage, rect_make(50, 50, 5, 5));
    TAP_CHECK(damage_count(&damage) == 2 && damage_area(&damage) == 225, "%u rects, area %llu",
              (unsigned)damage_count(&damage), (unsigned long long)damage_area(&damage));
    return NULL;
}

int main(void)
{
    tap_suite("draw");
    tap_run("shapes-in-shared-memory-clipped", test_shapes);
    tap_run("image-and-kerned-text", test_image_and_text);
    tap_run("damage-merges-adjacent", test_damage);
    return tap_exit_status();
}
