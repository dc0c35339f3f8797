#include "cmdline.h"

#include <string.h>

static char cmdline[CMDLINE_MAX];

void cmdline_init(const char* text)
{
    strncpy(cmdline, text, sizeof(cmdline) - 1);
    cmdline[sizeof(cmdline) - 1] = '\0';
}

const char* cmdline_text(void)
{
    return cmdline;
}

bool cmdline_find(const char* text, const char* key, char* value, size_t size)
{
    size_t key_length = strlen(key);
    const char* word = text;
    while (*word != '\0')
    {
        while (*word == ' ')
        {
            word++;
        }
        size_t word_length = strcspn(word, " ");
        if (word_length >= key_length && strncmp(word, key, key_length) == 0 &&
            (word_length == key_length || word[key_length] == '='))
        {
            const char* start = word_length == key_length ? word + word_length : word + key_length + 1;
            size_t length = word_length - (size_t)(start - word);
            if (size > 0)
            {
                length = length < size - 1 ? length : size - 1;
                memcpy(value, start, length);
                value[length] = '\0';
            }
            return true;
        }
        word += word_length;
    }
    return false;
}

bool cmdline_get(const char* key, char* value, size_t size)
{
    return cmdline_find(cmdline, key, value, size);
}

bool cmdline_has(const char* key)
{
    return cmdline_find(cmdline, key, NULL, 0);
}

bool cmdline_list_contains(const char* list, const char* item)
{
    size_t item_length = strlen(item);
    while (*list != '\0')
    {
        size_t length = strcspn(list, ",");
        if (length == item_length && strncmp(list, item, length) == 0)
        {
            return true;
        }
        list += length;
        if (*list == ',')
        {
            list++;
        }
    }
    return false;
}
