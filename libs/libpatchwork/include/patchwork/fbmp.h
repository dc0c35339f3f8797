// Decoding .fbmp images (docs/formats/fbmp.md): raw 32-bit pixels,
// premultiplied 0xAARRGGBB, rows packed top to bottom.
//
// An image is decoded in place: fbmp_parse checks the whole file once, and
// the fbmp_image_t it fills points into the caller's buffer, which must
// stay alive and unchanged while the image is used. Nothing is allocated,
// and no function here reads outside the buffer.
#ifndef PATCHWORK_FBMP_H
#define PATCHWORK_FBMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FBMP_HEADER_SIZE 16
#define FBMP_VERSION 1
// Largest side, and most pixels in one image (64 MiB of pixels).
#define FBMP_MAX_SIDE 16384
#define FBMP_MAX_PIXELS (1u << 24)
// Header flag: every pixel's alpha is 255, so the image can be copied to
// the screen without blending.
#define FBMP_FLAG_OPAQUE 0x0001u

typedef enum
{
    FBMP_OK = 0,
    FBMP_ERROR_ARGUMENT,  // a null pointer where an image or data was needed
    FBMP_ERROR_TRUNCATED, // shorter than its header or its size says
    FBMP_ERROR_MAGIC,     // not an .fbmp file
    FBMP_ERROR_VERSION,   // an .fbmp file of another version
    FBMP_ERROR_HEADER,    // unknown flags, or a side 0 or too large
    FBMP_ERROR_LENGTH,    // longer than its size says
    FBMP_ERROR_PIXEL,     // a colour channel above its alpha (not
                          // premultiplied), or a pixel not opaque in an
                          // image flagged opaque
} fbmp_error_t;

typedef struct
{
    uint32_t width;
    uint32_t height;
    uint32_t flags;         // FBMP_FLAG_*
    const uint8_t* pixels;  // width * height * 4 bytes: each pixel a
                            // little-endian 0xAARRGGBB (bytes B, G, R, A)
} fbmp_image_t;

// Check DATA (SIZE bytes) as an .fbmp file and fill IMAGE. Returns FBMP_OK
// or the first problem found; IMAGE is then left zeroed.
fbmp_error_t fbmp_parse(fbmp_image_t* image, const void* data, size_t size);

// A short English description of ERROR.
const char* fbmp_error_string(fbmp_error_t error);

// The pixel at column X, row Y as 0xAARRGGBB (premultiplied); 0
// (transparent) outside the image.
uint32_t fbmp_pixel(const fbmp_image_t* image, uint32_t x, uint32_t y);

// The first byte of row Y (width * 4 bytes), or NULL outside the image.
// On a little-endian machine, with the file loaded at a 4-byte aligned
// address, the row can be read as width uint32_t values.
const uint8_t* fbmp_row(const fbmp_image_t* image, uint32_t y);

// Draw SOURCE over DESTINATION with the "over" operator, both
// premultiplied 0xAARRGGBB: each channel, alpha included, becomes
// source + destination * (255 - source alpha) / 255, rounded. The blend
// for images and for text (a coverage value c in a colour is that colour's
// channels times c / 255, alpha c). SOURCE must be premultiplied (no
// channel above its alpha), as every pixel of a parsed image is.
uint32_t fbmp_blend(uint32_t destination, uint32_t source);

#endif
