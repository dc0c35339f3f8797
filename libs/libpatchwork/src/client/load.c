// Fonts and images from files (load.h).
#include <patchwork/load.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

int pw_file_read(const char* path, void** data, size_t* size)
{
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return -1;
    }
    size_t capacity = 64 * 1024, length = 0;
    uint8_t* buffer = malloc(capacity);
    ssize_t got = 1;
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
        got = read(fd, buffer + length, capacity - length);
        length += got > 0 ? (size_t)got : 0;
    }
    int saved = buffer == NULL ? ENOMEM : errno;
    close(fd);
    if (buffer == NULL || got != 0)
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
