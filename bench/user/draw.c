// home:/bench/draw: libpatchwork's drawing speed (linked with the installed
// libpatchwork.a), one "BENCH name value unit" line each (times from
// uptime()):
//   draw_fill_mpix_per_s    opaque draw_fill_rect of a 1024x768 surface
//   draw_blend_mpix_per_s   the same with a 50 % colour (the "over" blend)
//   draw_blit_mpix_per_s    draw_blit of a 1024x768 surface, DRAW_BLEND
//   draw_text_glyphs_per_s  text_draw of a 64-character line in sans-14.grf
// Exits with 1, after a "# " line saying why, if something fails.
#include <patchwork/draw.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>
#include <patchwork/text.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define WIDTH 1024
#define HEIGHT 768
#define FILL_ROUNDS 40
#define TEXT_ROUNDS 2000

static int fail(const char* what)
{
    writef(STDOUT_FILENO, "# bench draw: %s\n", what);
    return 1;
}

// Millions of pixels per second for ROUNDS passes over the surface.
static unsigned long long mpix_per_s(uint64_t nanoseconds, uint64_t rounds)
{
    uint64_t pixels = rounds * WIDTH * HEIGHT;
    return (unsigned long long)(pixels * 1000 / (nanoseconds ? nanoseconds : 1));
}

static uint8_t* read_all(const char* path, size_t* size)
{
    FILE* file = fopen(path, "rb");
    if (file == NULL)
    {
        return NULL;
    }
    size_t capacity = 1 << 20;
    uint8_t* data = malloc(capacity);
    *size = data != NULL ? fread(data, 1, capacity, file) : 0;
    fclose(file);
    return data;
}

int main(void)
{
    surface_t surface, other;
    if (!surface_create(&surface, WIDTH, HEIGHT) || !surface_create(&other, WIDTH, HEIGHT))
    {
        return fail("surface_create failed");
    }
    rect_t all = surface_bounds(&surface);
    draw_fill_rect(&surface, all, 0xFF000000); // touch the pages first
    draw_gradient_v(&other, all, 0x80402010, 0xFF10FF80);

    uint64_t start = uptime();
    for (int round = 0; round < FILL_ROUNDS; round++)
    {
        draw_fill_rect(&surface, all, 0xFF000000u | (uint32_t)round);
    }
    writef(STDOUT_FILENO, "BENCH draw_fill_mpix_per_s %llu Mpix/s\n", mpix_per_s(uptime() - start, FILL_ROUNDS));

    start = uptime();
    for (int round = 0; round < FILL_ROUNDS; round++)
    {
        draw_fill_rect(&surface, all, 0x80400000u | (uint32_t)round);
    }
    writef(STDOUT_FILENO, "BENCH draw_blend_mpix_per_s %llu Mpix/s\n", mpix_per_s(uptime() - start, FILL_ROUNDS));

    start = uptime();
    for (int round = 0; round < FILL_ROUNDS; round++)
    {
        draw_blit(&surface, 0, 0, &other, all, DRAW_BLEND);
    }
    writef(STDOUT_FILENO, "BENCH draw_blit_mpix_per_s %llu Mpix/s\n", mpix_per_s(uptime() - start, FILL_ROUNDS));

    size_t size;
    uint8_t* data = read_all("home:/usr/share/fonts/sans-14.grf", &size);
    grf_font_t font;
    if (data == NULL || grf_parse(&font, data, size) != GRF_OK)
    {
        return fail("cannot read home:/usr/share/fonts/sans-14.grf");
    }
    static const char line[] = "The quick brown fox jumps over the lazy dog: AVAVA 0123456789 WAV";
    size_t glyphs = sizeof(line) - 1;
    start = uptime();
    for (int round = 0; round < TEXT_ROUNDS; round++)
    {
        text_draw(&surface, &font, 4, (round % 40) * 18, line, glyphs, 0xFFFFFFFF);
    }
    uint64_t elapsed = uptime() - start;
    writef(STDOUT_FILENO, "BENCH draw_text_glyphs_per_s %llu glyphs/s\n",
           (unsigned long long)((uint64_t)TEXT_ROUNDS * glyphs * 1000000000ull / (elapsed ? elapsed : 1)));
    free(data);
    surface_destroy(&surface);
    surface_destroy(&other);
    return 0;
}
