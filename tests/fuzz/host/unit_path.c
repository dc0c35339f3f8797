// The path harness's checks, built with the kernel's headers (fuzz_path.c
// only passes the input). path_parse must accept or refuse; what it
// accepts must be in normal form, fit, and parse back to itself.
#include "kernel/fs/file.h"
#include "kernel/fs/path.h"

#include <errno.h>
#include <string.h>

void fuzz_path(const char* cwd, const char* text);
_Noreturn void fuzz_fail(const char* why);

#define CHECK(condition, why) ((condition) ? (void)0 : fuzz_fail(why))

static const struct
{
    const char* name;
    uint32_t flag;
} flag_names[] = {{"nonblock", FILE_NONBLOCK}, {"create", FILE_CREATE}, {"trunc", FILE_TRUNC},
    {"append", FILE_APPEND}, {"dir", FILE_DIR}};

static void check_normal(const path_t* path)
{
    size_t label_length = strnlen(path->label, MAX_NAME);
    CHECK(label_length > 0 && label_length < MAX_NAME, "the label is empty or too long");
    for (size_t i = 0; i < label_length; i++)
    {
        unsigned char c = (unsigned char)path->label[i];
        CHECK(c >= 0x20 && c != 0x7F && c != ':' && c != '?' && c != '/', "a bad character in the label");
    }
    size_t inner_length = strnlen(path->inner, MAX_PATH);
    CHECK(inner_length < MAX_PATH && path->inner[0] == '/', "the path does not start at a root");
    CHECK(label_length + 1 + inner_length < MAX_PATH, "the absolute form does not fit");
    if (inner_length == 1)
    {
        return;
    }
    CHECK(path->inner[inner_length - 1] != '/', "a trailing '/'");
    // Every component between the slashes must be a valid name.
    char name[MAX_NAME];
    const char* at = path->inner + 1;
    while (*at != '\0')
    {
        size_t length = strcspn(at, "/");
        CHECK(length > 0 && length < MAX_NAME, "an empty or overlong component");
        memcpy(name, at, length);
        name[length] = '\0';
        CHECK(path_name_valid(name), "a component that is not a valid name");
        at += length + (at[length] == '/');
    }
    CHECK(strchr(path_last(path->inner), '/') == NULL, "path_last returned more than a name");
}

// "label:/a/b?flag&flag" from a parsed path.
static int render(const path_t* path, char out[MAX_PATH])
{
    if (path_join_label(path, out) != 0)
    {
        return -1;
    }
    size_t used = strlen(out);
    char separator = '?';
    for (size_t i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++)
    {
        if (!(path->flags & flag_names[i].flag))
        {
            continue;
        }
        size_t length = strlen(flag_names[i].name);
        if (used + 1 + length >= MAX_PATH)
        {
            return -1;
        }
        out[used++] = separator;
        memcpy(out + used, flag_names[i].name, length + 1);
        used += length;
        separator = '&';
    }
    return 0;
}

void fuzz_path(const char* cwd, const char* text)
{
    path_t path;
    int result = path_parse(cwd, text, &path);
    CHECK(result == 0 || result == -EINVAL || result == -ENAMETOOLONG, "an unexpected error");
    const char* question = strchr(text, '?');
    if (question != NULL)
    {
        uint32_t flags = 0;
        int flag_result = path_flags_parse(question + 1, &flags);
        CHECK(flag_result == 0 || flag_result == -EINVAL, "path_flags_parse: an unexpected error");
        CHECK(result != 0 || (flag_result == 0 && flags == path.flags), "the flags of a path differ");
    }
    if (result != 0)
    {
        return;
    }
    check_normal(&path);

    // Parsed again in its absolute form, it is the same path.
    char text_again[MAX_PATH];
    if (render(&path, text_again) == 0)
    {
        path_t again;
        CHECK(path_parse(NULL, text_again, &again) == 0, "the rendered path does not parse");
        CHECK(strcmp(again.label, path.label) == 0 && strcmp(again.inner, path.inner) == 0 &&
                  again.flags == path.flags,
            "the rendered path parses to another path");
    }

    // A valid name is one component below the path.
    const char* name = path_last(path.inner);
    if (name[0] != '\0')
    {
        CHECK(path_name_valid(name), "the last component is not a valid name");
    }
}
