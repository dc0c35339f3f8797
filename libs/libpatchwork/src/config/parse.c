// Configuration files (config.h): parsing a buffer line by line, reading a
// file, and looking keys up.
#include "internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Files larger than this are not configuration files.
#define CONFIG_FILE_MAX (256 * 1024)

void config_error(pw_config_t* config, unsigned line, const char* format, ...)
{
    if (config->error[0] != '\0')
    {
        return; // the first problem is the one to fix first
    }
    int used = snprintf(config->error, sizeof(config->error), "line %u: ", line);
    va_list args;
    va_start(args, format);
    vsnprintf(config->error + used, sizeof(config->error) - (size_t)used, format, args);
    va_end(args);
    config->error_line = line;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

// Check NAME (LENGTH bytes) as a section name or key and copy it to OUT.
static bool name_take(pw_config_t* config, unsigned line, const char* what, const char* name, size_t length,
                      char out[PW_CONFIG_NAME_MAX + 1])
{
    if (length == 0)
    {
        config_error(config, line, "empty %s", what);
        return false;
    }
    if (length > PW_CONFIG_NAME_MAX)
    {
        config_error(config, line, "%s longer than %d bytes", what, PW_CONFIG_NAME_MAX);
        return false;
    }
    for (size_t i = 0; i < length; i++)
    {
        if (!is_name_char(name[i]))
        {
            config_error(config, line, "bad character '%c' in %s (letters, digits, _ - . only)",
                         name[i] >= 0x20 && name[i] < 0x7F ? name[i] : '?', what);
            return false;
        }
    }
    memcpy(out, name, length);
    out[length] = '\0';
    return true;
}

static bool entry_add(pw_config_t* config, unsigned line, const char* section, const char* key, const char* value,
                      size_t length)
{
    if (pw_config_get(config, section, key) != NULL)
    {
        config_error(config, line, "key '%s' given twice in [%s]", key, section);
        return false;
    }
    if (config->count == config->capacity)
    {
        size_t capacity = config->capacity == 0 ? 16 : config->capacity * 2;
        pw_config_entry_t* grown = realloc(config->entries, capacity * sizeof(*grown));
        if (grown == NULL)
        {
            return false;
        }
        config->entries = grown, config->capacity = capacity;
    }
    pw_config_entry_t* entry = &config->entries[config->count++];
    strcpy(entry->section, section);
    strcpy(entry->key, key);
    memcpy(entry->value, value, length);
    entry->value[length] = '\0';
    entry->line = line;
    return true;
}

// One line (without its newline): false with the error set when it is bad.
static bool line_parse(pw_config_t* config, unsigned number, const char* text, size_t length,
                       char section[PW_CONFIG_NAME_MAX + 1])
{
    if (length > 0 && text[length - 1] == '\r')
    {
        length--; // a file written on another system
    }
    if (length > PW_CONFIG_LINE_MAX)
    {
        config_error(config, number, "longer than %d bytes", PW_CONFIG_LINE_MAX);
        return false;
    }
    if (memchr(text, '\0', length) != NULL)
    {
        config_error(config, number, "a NUL byte");
        return false;
    }
    size_t start = 0, end = length;
    while (start < end && is_blank(text[start]))
    {
        start++;
    }
    while (end > start && is_blank(text[end - 1]))
    {
        end--;
    }
    if (start == end || text[start] == '#')
    {
        return true;
    }
    if (text[start] == '[')
    {
        if (text[end - 1] != ']')
        {
            const char* close = memchr(text + start, ']', end - start);
            config_error(config, number, close == NULL ? "section header without ']'" : "text after ']'");
            return false;
        }
        return name_take(config, number, "section name", text + start + 1, end - start - 2, section);
    }
    const char* equals = memchr(text + start, '=', end - start);
    if (equals == NULL)
    {
        config_error(config, number, "expected 'key = value' or '[section]'");
        return false;
    }
    size_t key_end = (size_t)(equals - text);
    while (key_end > start && is_blank(text[key_end - 1]))
    {
        key_end--;
    }
    char key[PW_CONFIG_NAME_MAX + 1];
    if (!name_take(config, number, "key", text + start, key_end - start, key))
    {
        return false;
    }
    size_t value = key_end;
    while (text[value] != '=')
    {
        value++;
    }
    value++;
    while (value < end && is_blank(text[value]))
    {
        value++;
    }
    if (!entry_add(config, number, section, key, text + value, end - value))
    {
        return false;
    }
    return true;
}

pw_config_status_t pw_config_parse(pw_config_t* config, const char* text, size_t length)
{
    *config = (pw_config_t){0};
    char section[PW_CONFIG_NAME_MAX + 1] = "";
    unsigned number = 1;
    size_t at = 0;
    while (at < length)
    {
        const char* newline = memchr(text + at, '\n', length - at);
        size_t line_length = newline == NULL ? length - at : (size_t)(newline - (text + at));
        if (!line_parse(config, number, text + at, line_length, section))
        {
            bool no_memory = config->error[0] == '\0';
            char error[PW_CONFIG_ERROR_MAX];
            unsigned line = config->error_line;
            memcpy(error, config->error, sizeof(error));
            pw_config_free(config);
            memcpy(config->error, error, sizeof(error));
            config->error_line = line;
            return no_memory ? PW_CONFIG_NO_MEMORY : PW_CONFIG_SYNTAX;
        }
        at += line_length + 1;
        number++;
    }
    return PW_CONFIG_OK;
}

pw_config_status_t pw_config_load(pw_config_t* config, const char* path)
{
    *config = (pw_config_t){0};
    FILE* file = fopen(path, "r");
    if (file == NULL)
    {
        if (errno == ENOENT)
        {
            return PW_CONFIG_NO_FILE;
        }
        snprintf(config->error, sizeof(config->error), "%s: %s", path, strerror(errno));
        return PW_CONFIG_IO;
    }
    char* text = malloc(CONFIG_FILE_MAX + 1);
    size_t length = text == NULL ? 0 : fread(text, 1, CONFIG_FILE_MAX + 1, file);
    bool failed = text == NULL || ferror(file);
    fclose(file);
    if (failed || length > CONFIG_FILE_MAX)
    {
        snprintf(config->error, sizeof(config->error), "%s: %s", path,
                 text == NULL ? "out of memory" : failed ? "cannot be read" : "too large");
        free(text);
        return text == NULL ? PW_CONFIG_NO_MEMORY : PW_CONFIG_IO;
    }
    pw_config_status_t status = pw_config_parse(config, text, length);
    free(text);
    return status;
}

void pw_config_free(pw_config_t* config)
{
    free(config->entries);
    *config = (pw_config_t){0};
}

const pw_config_entry_t* config_find(const pw_config_t* config, const char* section, const char* key)
{
    for (size_t i = 0; i < config->count; i++)
    {
        if (strcmp(config->entries[i].section, section) == 0 && strcmp(config->entries[i].key, key) == 0)
        {
            return &config->entries[i];
        }
    }
    return NULL;
}

const char* pw_config_get(const pw_config_t* config, const char* section, const char* key)
{
    const pw_config_entry_t* entry = config_find(config, section, key);
    return entry == NULL ? NULL : entry->value;
}

// The entries are kept in the order of the file: *CURSOR is the index of
// the next one to look at.
bool pw_config_next(const pw_config_t* config, const char* section, size_t* cursor, const char** key,
                    const char** value)
{
    for (; *cursor < config->count; (*cursor)++)
    {
        const pw_config_entry_t* entry = &config->entries[*cursor];
        if (strcmp(entry->section, section) == 0)
        {
            *key = entry->key, *value = entry->value;
            (*cursor)++;
            return true;
        }
    }
    return false;
}

bool pw_config_path(const char* name, char* buffer, size_t size)
{
    int needed = snprintf(buffer, size, "%s/%s.conf", PW_CONFIG_DIR, name);
    return needed > 0 && (size_t)needed < size;
}
