// Fonts and images from files: the whole file read into memory that stays
// (the parsed font or image points into it) and checked by grf_parse or
// fbmp_parse. The desktop's own live in home:/usr/share/fonts/NAME.grf
// and home:/usr/share/images/NAME.fbmp (PW_FONT_DIR, PW_IMAGE_DIR).
#ifndef PATCHWORK_LOAD_H
#define PATCHWORK_LOAD_H

#include <patchwork/fbmp.h>
#include <patchwork/grf.h>

#include <stddef.h>

#define PW_FONT_DIR "home:/usr/share/fonts"
#define PW_IMAGE_DIR "home:/usr/share/images"
// Files larger than this are refused (EFBIG).
#define PW_LOAD_MAX (64u * 1024 * 1024)

// Read the file at @p path into *data and *size (free(*data) when done).
// Returns 0, or -1 with errno set.
int pw_file_read(const char* path, void** data, size_t* size);

// Load a font: returns 0, or -1 with errno set (EINVAL for a file that is
// not a valid .grf version 2 font); a message saying why goes to stderr.
// The font's memory stays until pw_font_free.
int pw_font_load(const char* path, grf_font_t* font);
void pw_font_free(grf_font_t* font);

// Load an image the same way; pw_image_free gives its memory back.
int pw_image_load(const char* path, fbmp_image_t* image);
void pw_image_free(fbmp_image_t* image);

#endif
