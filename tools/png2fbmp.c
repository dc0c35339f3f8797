// png2fbmp: convert a PNG image (any of PNG's colour types and depths)
// into an .fbmp image (docs/formats/fbmp.md): premultiplied 0xAARRGGBB
// pixels, flagged opaque when every pixel is.
//
// usage: png2fbmp IN.png OUT.fbmp
#include <png.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SIDE 16384
#define MAX_PIXELS (1u << 24)
#define FLAG_OPAQUE 0x0001u

static const char* program = "png2fbmp";

int main(int argc, char** argv)
{
    if (argc != 3 || argv[1][0] == '-')
    {
        fprintf(stderr, "usage: %s IN.png OUT.fbmp\n", program);
        return 2;
    }
    const char* in_path = argv[1];
    const char* out_path = argv[2];

    FILE* in = fopen(in_path, "rb");
    if (in == NULL)
    {
        fprintf(stderr, "%s: %s: %s\n", program, in_path, strerror(errno));
        return 1;
    }
    png_image image;
    memset(&image, 0, sizeof(image));
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_stdio(&image, in))
    {
        fprintf(stderr, "%s: %s: not a PNG image libpng can read (%s)\n", program, in_path, image.message);
        fclose(in);
        return 1;
    }
    if (image.width < 1 || image.height < 1 || image.width > MAX_SIDE || image.height > MAX_SIDE ||
        (uint64_t)image.width * image.height > MAX_PIXELS)
    {
        fprintf(stderr, "%s: %s: %ux%u is larger than an .fbmp may be (%d per side, %u pixels)\n", program,
                in_path, image.width, image.height, MAX_SIDE, MAX_PIXELS);
        png_image_free(&image);
        fclose(in);
        return 1;
    }
    // Eight bits per channel in sRGB, bytes B, G, R, A: a little-endian
    // 0xAARRGGBB, not yet premultiplied.
    image.format = PNG_FORMAT_BGRA;
    size_t size = PNG_IMAGE_SIZE(image);
    uint8_t* pixels = malloc(size);
    if (pixels == NULL)
    {
        fprintf(stderr, "%s: out of memory\n", program);
        return 1;
    }
    if (!png_image_finish_read(&image, NULL, pixels, 0, NULL))
    {
        fprintf(stderr, "%s: %s: broken PNG image (%s)\n", program, in_path, image.message);
        fclose(in);
        return 1;
    }
    fclose(in);

    uint32_t flags = FLAG_OPAQUE;
    for (size_t i = 0; i < size; i += 4)
    {
        unsigned int alpha = pixels[i + 3];
        if (alpha != 255)
        {
            flags = 0;
            for (int c = 0; c < 3; c++)
            {
                pixels[i + c] = (uint8_t)((pixels[i + c] * alpha + 127) / 255);
            }
        }
    }

    uint8_t header[16] = {'F', 'B', 'M', 'P', 1, 0, (uint8_t)flags, (uint8_t)(flags >> 8)};
    for (int i = 0; i < 4; i++)
    {
        header[8 + i] = (uint8_t)(image.width >> (8 * i));
        header[12 + i] = (uint8_t)(image.height >> (8 * i));
    }
    FILE* out = fopen(out_path, "wb");
    if (out == NULL)
    {
        fprintf(stderr, "%s: %s: %s\n", program, out_path, strerror(errno));
        return 1;
    }
    if (fwrite(header, 1, sizeof(header), out) != sizeof(header) || fwrite(pixels, 1, size, out) != size ||
        fclose(out) != 0)
    {
        int saved = errno;
        remove(out_path);
        fprintf(stderr, "%s: %s: cannot write: %s\n", program, out_path, strerror(saved));
        return 1;
    }
    free(pixels);
    return 0;
}
