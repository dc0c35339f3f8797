#include "config.h"

#include "console.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static void config_defaults(boot_config_t* config)
{
    memset(config, 0, sizeof(*config));
    strcpy(config->kernel_path, "\\boot\\kernel.elf");
}

// Copy value into a fixed buffer; a value that does not fit is an error
// rather than silently cut.
static void config_set_string(char* dest, size_t size, const char* key, const char* value)
{
    if (strlen(value) >= size)
    {
        boot_log("config: value of '%s' is longer than %lu characters; ignored", key, (unsigned long)size - 1);
        return;
    }
    strcpy(dest, value);
}

static void config_set_mode(boot_config_t* config, const char* value)
{
    if (strcmp(value, "auto") == 0)
    {
        config->mode_width = 0;
        config->mode_height = 0;
        return;
    }
    char* end;
    unsigned long width = strtoul(value, &end, 10);
    if (end == value || (*end != 'x' && *end != 'X'))
    {
        boot_log("config: mode '%s' is not WIDTHxHEIGHT or auto; ignored", value);
        return;
    }
    const char* rest = end + 1;
    unsigned long height = strtoul(rest, &end, 10);
    if (end == rest || *end != '\0' || width == 0 || height == 0)
    {
        boot_log("config: mode '%s' is not WIDTHxHEIGHT or auto; ignored", value);
        return;
    }
    config->mode_width = (uint32_t)width;
    config->mode_height = (uint32_t)height;
}

static void config_apply(boot_config_t* config, char* line)
{
    char* hash = strchr(line, '#');
    if (hash != NULL)
    {
        *hash = '\0';
    }
    while (isspace((unsigned char)*line))
    {
        line++;
    }
    if (*line == '\0')
    {
        return;
    }
    char* equals = strchr(line, '=');
    if (equals == NULL)
    {
        boot_log("config: line '%s' has no '='; ignored", line);
        return;
    }
    // Trim the key's and the value's surrounding spaces.
    char* key_end = equals;
    while (key_end > line && isspace((unsigned char)key_end[-1]))
    {
        key_end--;
    }
    *key_end = '\0';
    char* value = equals + 1;
    while (isspace((unsigned char)*value))
    {
        value++;
    }
    char* value_end = value + strlen(value);
    while (value_end > value && isspace((unsigned char)value_end[-1]))
    {
        value_end--;
    }
    *value_end = '\0';

    if (strcmp(line, "cmdline") == 0)
    {
        config_set_string(config->cmdline, sizeof(config->cmdline), line, value);
    }
    else if (strcmp(line, "kernel") == 0)
    {
        config_set_string(config->kernel_path, sizeof(config->kernel_path), line, value);
    }
    else if (strcmp(line, "mode") == 0)
    {
        config_set_mode(config, value);
    }
    else
    {
        boot_log("config: unknown key '%s'; ignored", line);
    }
}

void config_parse(boot_config_t* config, const char* text, uint64_t length)
{
    config_defaults(config);
    char line[BOOT_CMDLINE_MAX + 64];
    uint64_t pos = 0;
    while (pos < length)
    {
        size_t n = 0;
        while (pos < length && text[pos] != '\n')
        {
            if (n + 1 < sizeof(line) && text[pos] != '\r')
            {
                line[n++] = text[pos];
            }
            pos++;
        }
        pos++;
        line[n] = '\0';
        config_apply(config, line);
    }
}
