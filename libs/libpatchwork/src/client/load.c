// Fonts and images from files (load.h).
#include <patchwork/load.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// With stdio, not the system's calls: the theme (widget/theme.c) loads
// its fonts here and is built and tested on the host too.
int pw_file_read(const char* path, void** data, size_t* size)
{
    FILE* file = fopen(path, "rb");
    if (file == NULL)
    {
        return -1;
    }
    size_t capacity = 64 * 1024, length = 0, got = 1;
    uint8_t* buffer = malloc(capacity);
    while (buffer != NULL && got > 0)
    {
        if (length == capacity)
        {
            uint8_t* bigger = capacity >= PW_LOAD_MAX ? NULL : realloc(buffer, capacity * 2);
            if (bigger == NULL)
            {
                errno = capacity >= PW_LOAD_MAX ? EFBIG : ENOMEM;
                break;
            }
            buffer = bigger, capacity *= 2;
        }
        got = fread(buffer + length, 1, capacity - length, file);
        length += got;
    }
    bool failed = buffer == NULL || got != 0 || ferror(file);
    int saved = buffer == NULL ? ENOMEM : errno;
    fclose(file);
    if (failed)
    {
        free(buffer);
        errno = saved;
        return -1;
    }
    *data = buffer, *size = length;
    return 0;
}

int pw_font_load(const char* path, grf_font_t* font)
{
    void* data;
    size_t size;
    if (pw_file_read(path, &data, &size) == -1)
    {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    grf_error_t error = grf_parse(font, data, size);
    if (error != GRF_OK)
    {
        fprintf(stderr, "%s: not a font: %s\n", path, grf_error_string(error));
        free(data);
        memset(font, 0, sizeof(*font));
        errno = EINVAL;
        return -1;
    }
    return 0;
}

void pw_font_free(grf_font_t* font)
{
    if (font->ranges != NULL)
    {
        free((void*)(font->ranges - GRF_HEADER_SIZE)); // the file's first byte
    }
    memset(font, 0, sizeof(*font));
}

int pw_image_load(const char* path, fbmp_image_t* image)
{
    void* data;
    size_t size;
    if (pw_file_read(path, &data, &size) == -1)
    {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    fbmp_error_t error = fbmp_parse(image, data, size);
    if (error != FBMP_OK)
    {
        fprintf(stderr, "%s: not an image: %s\n", path, fbmp_error_string(error));
        free(data);
        memset(image, 0, sizeof(*image));
        errno = EINVAL;
        return -1;
    }
    return 0;
}

void pw_image_free(fbmp_image_t* image)
{
    if (image->pixels != NULL)
    {
        free((void*)(image->pixels - FBMP_HEADER_SIZE));
    }
    memset(image, 0, sizeof(*image));
}
