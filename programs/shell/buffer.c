#include "buffer.h"

#include "memory.h"

#include <stdlib.h>
#include <string.h>

void buffer_append(buffer_t* buffer, const char* text, size_t length)
{
    if (buffer->length + length + 1 > buffer->capacity)
    {
        size_t capacity = buffer->capacity < 64 ? 64 : buffer->capacity;
        while (capacity < buffer->length + length + 1)
        {
            capacity *= 2;
        }
        buffer->data = memory_resize(buffer->data, capacity);
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->length, text, length);
    buffer->length += length;
    buffer->data[buffer->length] = '\0';
}

void buffer_append_char(buffer_t* buffer, char c)
{
    buffer_append(buffer, &c, 1);
}

void buffer_append_string(buffer_t* buffer, const char* text)
{
    buffer_append(buffer, text, strlen(text));
}

void buffer_clear(buffer_t* buffer)
{
    buffer->length = 0;
    if (buffer->data != NULL)
    {
        buffer->data[0] = '\0';
    }
}

const char* buffer_text(const buffer_t* buffer)
{
    return buffer->data != NULL ? buffer->data : "";
}

char* buffer_take(buffer_t* buffer)
{
    char* text = buffer->data != NULL ? buffer->data : memory_strndup("", 0);
    *buffer = BUFFER_EMPTY;
    return text;
}

void buffer_free(buffer_t* buffer)
{
    free(buffer->data);
    *buffer = BUFFER_EMPTY;
}
