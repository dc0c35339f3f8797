// Configuration files (config.h): typed getters.
#include "internal.h"

#include <patchwork/draw.h>

#include <ctype.h>
#include <string.h>

bool pw_config_string(pw_config_t* config, const char* section, const char* key, const char** value)
{
    const pw_config_entry_t* entry = config_find(config, section, key);
    if (entry == NULL)
    {
        return false;
    }
    *value = entry->value;
    return true;
}

bool pw_config_int(pw_config_t* config, const char* section, const char* key, int64_t min, int64_t max,
                   int64_t* value)
{
    const pw_config_entry_t* entry = config_find(config, section, key);
    if (entry == NULL)
    {
        return false;
    }
    const char* text = entry->value;
    bool negative = *text == '-';
    text += *text == '-' || *text == '+';
    // Accumulate the magnitude as unsigned: past 2^63 it is out of range.
    uint64_t magnitude = 0;
    bool digits = false, overflow = false;
    for (; *text >= '0' && *text <= '9'; text++, digits = true)
    {
        overflow |= magnitude > (UINT64_MAX - 9) / 10;
        magnitude = overflow ? magnitude : magnitude * 10 + (uint64_t)(*text - '0');
    }
    if (!digits || *text != '\0')
    {
        config_error(config, entry->line, "%s: '%s' is not a whole number", key, entry->value);
        return false;
    }
    uint64_t limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    int64_t number = 0;
    if (!overflow && magnitude <= limit)
    {
        number = negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
    }
    if (overflow || magnitude > limit || number < min || number > max)
    {
        config_error(config, entry->line, "%s: %s is not between %lld and %lld", key, entry->value, (long long)min,
                     (long long)max);
        return false;
    }
    *value = number;
    return true;
}

static bool word_is(const char* text, const char* word)
{
    for (; *text != '\0' && *word != '\0'; text++, word++)
    {
        if (tolower((unsigned char)*text) != *word)
        {
            return false;
        }
    }
    return *text == '\0' && *word == '\0';
}

bool pw_config_bool(pw_config_t* config, const char* section, const char* key, bool* value)
{
    const pw_config_entry_t* entry = config_find(config, section, key);
    if (entry == NULL)
    {
        return false;
    }
    static const char* const yes[] = {"true", "yes", "on", "1"};
    static const char* const no[] = {"false", "no", "off", "0"};
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
    {
        if (word_is(entry->value, yes[i]) || word_is(entry->value, no[i]))
        {
            *value = word_is(entry->value, yes[i]);
            return true;
        }
    }
    config_error(config, entry->line, "%s: '%s' is not true or false", key, entry->value);
    return false;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

bool pw_config_color(pw_config_t* config, const char* section, const char* key, uint32_t* value)
{
    const pw_config_entry_t* entry = config_find(config, section, key);
    if (entry == NULL)
    {
        return false;
    }
    size_t length = strlen(entry->value);
    uint8_t channels[4] = {0, 0, 0, 255};
    bool good = entry->value[0] == '#' && (length == 7 || length == 9);
    for (size_t i = 0; good && i < (length - 1) / 2; i++)
    {
        int high = hex_digit(entry->value[1 + 2 * i]), low = hex_digit(entry->value[2 + 2 * i]);
        good = high >= 0 && low >= 0;
        channels[i] = (uint8_t)(high * 16 + low);
    }
    if (!good)
    {
        config_error(config, entry->line, "%s: '%s' is not a colour #rrggbb or #rrggbbaa", key, entry->value);
        return false;
    }
    *value = draw_rgba(channels[0], channels[1], channels[2], channels[3]);
    return true;
}
