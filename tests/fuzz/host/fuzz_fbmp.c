// libpatchwork's .fbmp decoder (libs/libpatchwork/src/fbmp.c), built
// freestanding against libstd. Any input: an accepted image is exactly as
// long as its header says, premultiplied, opaque when flagged, and every
// row and pixel lookup stays inside it; a rejected one leaves the image
// zeroed.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

#define fbmp_parse pw_fbmp_parse
#define fbmp_pixel pw_fbmp_pixel
#define fbmp_row pw_fbmp_row
#define fbmp_blend pw_fbmp_blend
#define fbmp_error_string pw_fbmp_error_string
#include <patchwork/fbmp.h>

FUZZ_FAIL_DEFINITION

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fbmp_image_t image;
    fbmp_error_t error = fbmp_parse(&image, data, size);
    FUZZ_CHECK(fbmp_error_string(error) != NULL, "no error string");
    if (error != FBMP_OK)
    {
        FUZZ_CHECK(image.pixels == NULL && image.width == 0 && image.height == 0,
                   "a rejected image was left filled in");
        return 0;
    }
    FUZZ_CHECK(image.width >= 1 && image.height >= 1 && image.width <= FBMP_MAX_SIDE &&
                   image.height <= FBMP_MAX_SIDE,
               "sides out of range");
    FUZZ_CHECK(FBMP_HEADER_SIZE + (uint64_t)image.width * image.height * 4 == size, "length not exact");
    FUZZ_CHECK(image.pixels == data + FBMP_HEADER_SIZE, "pixels not after the header");
    uint32_t background = 0xFF204060;
    for (uint32_t y = 0; y <= image.height; y++)
    {
        const uint8_t* row = fbmp_row(&image, y);
        FUZZ_CHECK(y == image.height ? row == NULL : row != NULL && row + (size_t)image.width * 4 <= data + size,
                   "a row outside the image");
        for (uint32_t x = 0; x <= image.width; x++)
        {
            uint32_t pixel = fbmp_pixel(&image, x, y);
            if (x == image.width || y == image.height)
            {
                FUZZ_CHECK(pixel == 0, "a pixel outside the image is not transparent");
                continue;
            }
            uint32_t alpha = pixel >> 24;
            FUZZ_CHECK(((pixel >> 16) & 0xFF) <= alpha && ((pixel >> 8) & 0xFF) <= alpha && (pixel & 0xFF) <= alpha,
                       "an accepted pixel is not premultiplied");
            FUZZ_CHECK((image.flags & FBMP_FLAG_OPAQUE) == 0 || alpha == 255, "a see-through pixel in an opaque image");
            uint32_t blended = fbmp_blend(background, pixel);
            FUZZ_CHECK(blended >> 24 == 255, "blending over an opaque pixel is not opaque");
            FUZZ_CHECK(alpha != 255 || blended == pixel, "an opaque pixel did not replace");
        }
    }
    return 0;
}
