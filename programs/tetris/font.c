// Fonts from files (app.h): the .grf file is read whole and decoded in
// place, so its buffer is kept as long as the program runs.
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool font_load(const char* path, grf_font_t* font)
{
    memset(font, 0, sizeof(*font));
    FILE* file = fopen(path, "rb");
    if (file == NULL)
    {
        return false;
    }
    size_t size = 0, capacity = 0;
    unsigned char* data = NULL;
    for (;;)
    {
        if (size == capacity)
        {
            capacity = capacity == 0 ? 65536 : capacity * 2;
            unsigned char* grown = realloc(data, capacity);
            if (grown == NULL)
            {
                break;
            }
            data = grown;
        }
        size_t got = fread(data + size, 1, capacity - size, file);
        size += got;
        if (got == 0)
        {
            break;
        }
    }
    bool ok = !ferror(file) && data != NULL && grf_parse(font, data, size) == GRF_OK;
    fclose(file);
    if (!ok)
    {
        free(data);
        memset(font, 0, sizeof(*font));
    }
    return ok;
}
