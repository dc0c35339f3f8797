// .fbmp decoding (docs/formats/fbmp.md).
#include <patchwork/fbmp.h>

#include <string.h>

static uint32_t read32(const uint8_t* p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

const char* fbmp_error_string(fbmp_error_t error)
{
    switch (error)
    {
    case FBMP_OK:
        return "no error";
    case FBMP_ERROR_ARGUMENT:
        return "missing argument";
    case FBMP_ERROR_TRUNCATED:
        return "truncated file";
    case FBMP_ERROR_MAGIC:
        return "not an .fbmp image";
    case FBMP_ERROR_VERSION:
        return "an .fbmp image of another version";
    case FBMP_ERROR_HEADER:
        return "bad header field";
    case FBMP_ERROR_LENGTH:
        return "longer than its header says";
    case FBMP_ERROR_PIXEL:
        return "bad pixel";
    }
    return "unknown error";
}

fbmp_error_t fbmp_parse(fbmp_image_t* image, const void* data, size_t size)
{
    if (image == NULL)
    {
        return FBMP_ERROR_ARGUMENT;
    }
    memset(image, 0, sizeof(*image));
    if (data == NULL)
    {
        return FBMP_ERROR_ARGUMENT;
    }
    const uint8_t* p = data;
    if (size < 4)
    {
        return FBMP_ERROR_TRUNCATED;
    }
    if (memcmp(p, "FBMP", 4) != 0)
    {
        return FBMP_ERROR_MAGIC;
    }
    if (size < FBMP_HEADER_SIZE)
    {
        return FBMP_ERROR_TRUNCATED;
    }
    uint32_t version = (uint32_t)p[4] | (uint32_t)p[5] << 8;
    uint32_t flags = (uint32_t)p[6] | (uint32_t)p[7] << 8;
    uint32_t width = read32(p + 8);
    uint32_t height = read32(p + 12);
    if (version != FBMP_VERSION)
    {
        return FBMP_ERROR_VERSION;
    }
    if ((flags & ~FBMP_FLAG_OPAQUE) != 0 || width < 1 || height < 1 || width > FBMP_MAX_SIDE ||
        height > FBMP_MAX_SIDE || (uint64_t)width * height > FBMP_MAX_PIXELS)
    {
        return FBMP_ERROR_HEADER;
    }
    uint64_t expected = FBMP_HEADER_SIZE + (uint64_t)width * height * 4;
    if ((uint64_t)size < expected)
    {
        return FBMP_ERROR_TRUNCATED;
    }
    if ((uint64_t)size > expected)
    {
        return FBMP_ERROR_LENGTH;
    }
    const uint8_t* pixels = p + FBMP_HEADER_SIZE;
    size_t count = (size_t)width * height;
    for (size_t i = 0; i < count; i++)
    {
        const uint8_t* pixel = pixels + i * 4; // B, G, R, A
        uint8_t alpha = pixel[3];
        if (pixel[0] > alpha || pixel[1] > alpha || pixel[2] > alpha ||
            ((flags & FBMP_FLAG_OPAQUE) != 0 && alpha != 255))
        {
            return FBMP_ERROR_PIXEL;
        }
    }
    image->width = width;
    image->height = height;
    image->flags = flags;
    image->pixels = pixels;
    return FBMP_OK;
}

uint32_t fbmp_pixel(const fbmp_image_t* image, uint32_t x, uint32_t y)
{
    if (image == NULL || image->pixels == NULL || x >= image->width || y >= image->height)
    {
        return 0;
    }
    return read32(image->pixels + ((size_t)y * image->width + x) * 4);
}

const uint8_t* fbmp_row(const fbmp_image_t* image, uint32_t y)
{
    if (image == NULL || image->pixels == NULL || y >= image->height)
    {
        return NULL;
    }
    return image->pixels + (size_t)y * image->width * 4;
}

uint32_t fbmp_blend(uint32_t destination, uint32_t source)
{
    uint32_t alpha = source >> 24;
    if (alpha == 255)
    {
        return source;
    }
    if (alpha == 0)
    {
        return destination; // premultiplied: a transparent pixel has no colour either
    }
    uint32_t keep = 255 - alpha;
    uint32_t result = 0;
    for (int shift = 0; shift < 32; shift += 8)
    {
        uint32_t d = (destination >> shift) & 0xFF;
        uint32_t s = (source >> shift) & 0xFF;
        // d * keep / 255, rounded, without a division.
        uint32_t t = d * keep + 128;
        uint32_t scaled = (t + (t >> 8)) >> 8;
        uint32_t sum = s + scaled;
        result |= (sum > 255 ? 255 : sum) << shift;
    }
    return result;
}
