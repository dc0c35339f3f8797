// home:/test/desktop_files_test: the desktop's fonts and images as the OS
// sees them. The build puts .grf v2 fonts in home:/usr/share/fonts and
// .fbmp images in home:/usr/share/images (tools/desktop.mk); this program,
// linked with the installed libpatchwork.a like any program of the
// desktop's, reads them with stdio and decodes them: glyph metrics,
// kerning and pixels as the host tests found them (tests/host/formats),
// and a copy cut short is refused.
#include "tap.h"

#include <patchwork/fbmp.h>
#include <patchwork/grf.h>
#include <stdio.h>
#include <stdlib.h>

#define FONTS "home:/usr/share/fonts/"
#define IMAGES "home:/usr/share/images/"

// The whole of PATH in a malloc'd buffer, or NULL.
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

static const char* test_sans(void)
{
    size_t size;
    uint8_t* data = read_all(FONTS "sans-14.grf", &size);
    TAP_CHECK(data != NULL, "reading " FONTS "sans-14.grf: %s", strerror(errno));
    grf_font_t font;
    grf_error_t error = grf_parse(&font, data, size);
    const char* reason = NULL;
    grf_glyph_t a;
    if (error != GRF_OK)
    {
        reason = tap_reason("sans-14.grf (%zu bytes) rejected: %s", size, grf_error_string(error));
    }
    else if (!grf_glyph(&font, 'A', &a) || a.width < 7 || a.height < 9 || a.advance < 8 || a.coverage == NULL)
    {
        reason = tap_reason("'A' is %ux%u, advance %d", a.width, a.height, a.advance);
    }
    else if (grf_kerning(&font, 'A', 'V') >= 0)
    {
        reason = tap_reason("kerning A V is %d", (int)grf_kerning(&font, 'A', 'V'));
    }
    else if (grf_parse(&font, data, size - 1) != GRF_ERROR_TRUNCATED)
    {
        reason = "a copy one byte short was not refused as truncated";
    }
    free(data);
    return reason;
}

static const char* test_mono(void)
{
    size_t size;
    uint8_t* data = read_all(FONTS "mono-14.grf", &size);
    TAP_CHECK(data != NULL, "reading " FONTS "mono-14.grf: %s", strerror(errno));
    grf_font_t font;
    grf_error_t error = grf_parse(&font, data, size);
    const char* reason = NULL;
    grf_glyph_t i, m;
    if (error != GRF_OK)
    {
        reason = tap_reason("mono-14.grf rejected: %s", grf_error_string(error));
    }
    else if (!grf_glyph(&font, 'i', &i) || !grf_glyph(&font, 'm', &m) || i.advance != m.advance)
    {
        reason = tap_reason("'i' advances %d, 'm' %d", i.advance, m.advance);
    }
    free(data);
    return reason;
}

static const char* test_images(void)
{
    size_t size;
    uint8_t* data = read_all(IMAGES "wallpaper.fbmp", &size);
    TAP_CHECK(data != NULL, "reading " IMAGES "wallpaper.fbmp: %s", strerror(errno));
    fbmp_image_t image;
    fbmp_error_t error = fbmp_parse(&image, data, size);
    const char* reason = NULL;
    if (error != FBMP_OK)
    {
        reason = tap_reason("wallpaper.fbmp rejected: %s", fbmp_error_string(error));
    }
    else if (image.width != 640 || image.height != 400 || image.flags != FBMP_FLAG_OPAQUE ||
             fbmp_pixel(&image, 320, 200) >> 24 != 255)
    {
        reason = tap_reason("wallpaper is %ux%u, flags %u", image.width, image.height, image.flags);
    }
    free(data);
    if (reason != NULL)
    {
        return reason;
    }
    data = read_all(IMAGES "disc.fbmp", &size);
    TAP_CHECK(data != NULL, "reading " IMAGES "disc.fbmp: %s", strerror(errno));
    error = fbmp_parse(&image, data, size);
    if (error != FBMP_OK)
    {
        reason = tap_reason("disc.fbmp rejected: %s", fbmp_error_string(error));
    }
    else if (fbmp_pixel(&image, 16, 16) != 0xFFFFFFFF || fbmp_pixel(&image, 0, 0) != 0)
    {
        reason = tap_reason("disc centre %08x, corner %08x", (unsigned)fbmp_pixel(&image, 16, 16),
                            (unsigned)fbmp_pixel(&image, 0, 0));
    }
    free(data);
    return reason;
}

int main(void)
{
    tap_suite("desktop_files");
    tap_run("sans-14-decodes-with-kerning", test_sans);
    tap_run("mono-14-decodes-monospace", test_mono);
    tap_run("images-decode", test_images);
    return tap_exit_status();
}
