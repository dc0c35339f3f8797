#include "path.h"

#include "file.h"

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static const struct
{
    const char* name;
    uint32_t flag;
} path_flag_names[] = {
    {"nonblock", FILE_NONBLOCK},
    {"create", FILE_CREATE},
    {"trunc", FILE_TRUNC},
    {"append", FILE_APPEND},
    {"dir", FILE_DIR},
    {"excl", FILE_EXCL},
};

int path_flags_parse(const char* text, uint32_t* flags)
{
    uint32_t result = 0;
    for (;;)
    {
        size_t length = strcspn(text, "&");
        bool known = false;
        for (size_t i = 0; i < sizeof(path_flag_names) / sizeof(path_flag_names[0]); i++)
        {
            if (strlen(path_flag_names[i].name) == length && strncmp(path_flag_names[i].name, text, length) == 0)
            {
                result |= path_flag_names[i].flag;
                known = true;
                break;
            }
        }
        // An empty flag ("a?", "a?x&&y") is as wrong as a misspelt one.
        if (!known)
        {
            return -EINVAL;
        }
        if (text[length] == '\0')
        {
            break;
        }
        text += length + 1;
    }
    *flags = result;
    return 0;
}

// ':' would make a name look like a label and '?' would start the flags.
static bool path_char_valid(char c)
{
    return (unsigned char)c >= 0x20 && c != 0x7F && c != ':' && c != '?';
}

bool path_name_valid(const char* name)
{
    size_t length = strnlen(name, MAX_NAME);
    if (length == 0 || length == MAX_NAME || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
    {
        return false;
    }
    for (size_t i = 0; i < length; i++)
    {
        if (name[i] == '/' || !path_char_valid(name[i]))
        {
            return false;
        }
    }
    return true;
}

// Drop the last component of @p inner ("/a/b" -> "/a"; "" is the root and stays).
static void path_pop(char* inner, size_t* used)
{
    while (*used > 0 && inner[*used - 1] != '/')
    {
        (*used)--;
    }
    if (*used > 0)
    {
        (*used)--;
    }
    inner[*used] = '\0';
}

// Apply the '/'-separated components of @p text to @p inner, which is
// built without the root's '/' ("" is the root, "/a" one level down).
static int path_apply(char inner[MAX_PATH], size_t* used, const char* text, size_t length)
{
    size_t i = 0;
    while (i < length)
    {
        while (i < length && text[i] == '/')
        {
            i++;
        }
        size_t start = i;
        while (i < length && text[i] != '/')
        {
            i++;
        }
        const char* name = text + start;
        size_t name_length = i - start;
        if (name_length == 0 || (name_length == 1 && name[0] == '.'))
        {
            continue;
        }
        if (name_length == 2 && name[0] == '.' && name[1] == '.')
        {
            path_pop(inner, used);
            continue;
        }
        if (name_length >= MAX_NAME)
        {
            return -ENAMETOOLONG;
        }
        for (size_t j = 0; j < name_length; j++)
        {
            if (!path_char_valid(name[j]))
            {
                return -EINVAL;
            }
        }
        if (*used + 1 + name_length >= MAX_PATH)
        {
            return -ENAMETOOLONG;
        }
        inner[(*used)++] = '/';
        memcpy(inner + *used, name, name_length);
        *used += name_length;
        inner[*used] = '\0';
    }
    return 0;
}

// Copy the label in front of the ':' at @p colon; the rest must be empty or start with '/'.
static int path_take_label(const char* text, const char* colon, const char* end, char label[MAX_NAME])
{
    size_t length = (size_t)(colon - text);
    if (length == 0)
    {
        return -EINVAL;
    }
    if (length >= MAX_NAME)
    {
        return -ENAMETOOLONG;
    }
    for (size_t i = 0; i < length; i++)
    {
        if (text[i] == '/' || !path_char_valid(text[i]))
        {
            return -EINVAL;
        }
    }
    if (colon + 1 < end && colon[1] != '/')
    {
        return -EINVAL;
    }
    memcpy(label, text, length);
    label[length] = '\0';
    return 0;
}

// Start from the working directory: its label, and its path unless @p text starts at the root.
static int path_start_at_cwd(const char* cwd, const char* text, path_t* out, size_t* used)
{
    if (cwd == NULL)
    {
        return -EINVAL;
    }
    size_t cwd_length = strnlen(cwd, MAX_PATH);
    const char* colon = memchr(cwd, ':', cwd_length);
    if (cwd_length == MAX_PATH || colon == NULL)
    {
        return -EINVAL;
    }
    int result = path_take_label(cwd, colon, cwd + cwd_length, out->label);
    if (result < 0 || text[0] == '/')
    {
        return result;
    }
    return path_apply(out->inner, used, colon + 1, (size_t)(cwd + cwd_length - colon - 1));
}

int path_parse(const char* cwd, const char* text, path_t* out)
{
    size_t length = strnlen(text, MAX_PATH);
    if (length == MAX_PATH)
    {
        return -ENAMETOOLONG;
    }
    const char* question = memchr(text, '?', length);
    size_t path_length = question != NULL ? (size_t)(question - text) : length;
    out->flags = 0;
    if (question != NULL)
    {
        int result = path_flags_parse(question + 1, &out->flags);
        if (result < 0)
        {
            return result;
        }
    }
    if (path_length == 0)
    {
        return -EINVAL;
    }

    out->inner[0] = '\0';
    size_t used = 0;
    const char* colon = memchr(text, ':', path_length);
    const char* rest = text;
    int result;
    if (colon != NULL)
    {
        result = path_take_label(text, colon, text + path_length, out->label);
        rest = colon + 1;
    }
    else
    {
        result = path_start_at_cwd(cwd, text, out, &used);
    }
    if (result == 0)
    {
        result = path_apply(out->inner, &used, rest, (size_t)(text + path_length - rest));
    }
    if (result < 0)
    {
        return result;
    }
    if (used == 0)
    {
        strcpy(out->inner, "/");
        used = 1;
    }
    // The absolute form ("label:/a/b") is what chdir stores: it must fit too.
    if (strlen(out->label) + 1 + used >= MAX_PATH)
    {
        return -ENAMETOOLONG;
    }
    return 0;
}

const char* path_last(const char* inner)
{
    const char* slash = strrchr(inner, '/');
    return slash != NULL ? slash + 1 : inner;
}

int path_join_label(const path_t* path, char out[MAX_PATH])
{
    size_t label_length = strlen(path->label);
    size_t inner_length = strlen(path->inner);
    if (label_length + 1 + inner_length >= MAX_PATH)
    {
        return -ENAMETOOLONG;
    }
    memcpy(out, path->label, label_length);
    out[label_length] = ':';
    memcpy(out + label_length + 1, path->inner, inner_length + 1);
    return 0;
}
