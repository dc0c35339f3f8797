#include "file.h"
#include "path.h"
#include "vfs.h"

#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

// Parse @p text against @p cwd and compare with the expected label and path.
static bool path_is(const char* cwd, const char* text, const char* label, const char* inner)
{
    path_t path;
    return path_parse(cwd, text, &path) == 0 && strcmp(path.label, label) == 0 && strcmp(path.inner, inner) == 0;
}

static int path_error(const char* cwd, const char* text)
{
    path_t path;
    return path_parse(cwd, text, &path);
}

KTEST(path, parses_absolute)
{
    KTEST_ASSERT(path_is(NULL, "home:/usr/bin", "home", "/usr/bin"));
    KTEST_ASSERT(path_is(NULL, "sys:/proc/1/ctl", "sys", "/proc/1/ctl"));
    KTEST_ASSERT(path_is(NULL, "home:/", "home", "/"));
    KTEST_ASSERT(path_is(NULL, "home:", "home", "/"));
    // A working directory does not matter to an absolute path.
    KTEST_ASSERT(path_is("sys:/proc", "home:/a", "home", "/a"));
}

KTEST(path, normalises)
{
    KTEST_ASSERT(path_is(NULL, "home:/a/./b/../c", "home", "/a/c"));
    KTEST_ASSERT(path_is(NULL, "home://a///b//", "home", "/a/b"));
    KTEST_ASSERT(path_is(NULL, "home:/a/b/..", "home", "/a"));
    KTEST_ASSERT(path_is(NULL, "home:/a/b/../..", "home", "/"));
    KTEST_ASSERT(path_is(NULL, "home:/./.", "home", "/"));
    // Names that only start with dots are names.
    KTEST_ASSERT(path_is(NULL, "home:/.hidden/...", "home", "/.hidden/..."));
}

KTEST(path, dotdot_stays_at_root)
{
    KTEST_ASSERT(path_is(NULL, "home:/..", "home", "/"));
    KTEST_ASSERT(path_is(NULL, "home:/../../..", "home", "/"));
    KTEST_ASSERT(path_is(NULL, "home:/../a/../../b", "home", "/b"));
    KTEST_ASSERT(path_is("home:/a", "../../../c", "home", "/c"));
}

KTEST(path, relative_to_cwd)
{
    KTEST_ASSERT(path_is("home:/usr/bin", "ls", "home", "/usr/bin/ls"));
    KTEST_ASSERT(path_is("home:/usr/bin", "../lib/x", "home", "/usr/lib/x"));
    KTEST_ASSERT(path_is("home:/usr/bin", ".", "home", "/usr/bin"));
    KTEST_ASSERT(path_is("home:/", "a/b", "home", "/a/b"));
    // A leading '/' starts at the root of the working directory's label.
    KTEST_ASSERT(path_is("sys:/proc/1", "/net", "sys", "/net"));
    KTEST_ASSERT_EQ(path_error(NULL, "a/b"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "/a/b"), -EINVAL);
}

KTEST(path, parses_flags)
{
    path_t path;
    KTEST_ASSERT_EQ(path_parse(NULL, "home:/a", &path), 0);
    KTEST_ASSERT_EQ(path.flags, 0);
    KTEST_ASSERT_EQ(path_parse(NULL, "sys:/net/local/new?nonblock", &path), 0);
    KTEST_ASSERT_EQ(path.flags, FILE_NONBLOCK);
    KTEST_ASSERT(strcmp(path.inner, "/net/local/new") == 0);
    KTEST_ASSERT_EQ(path_parse(NULL, "home:/a?create&trunc&append&dir&nonblock", &path), 0);
    KTEST_ASSERT_EQ(path.flags, FILE_CREATE | FILE_TRUNC | FILE_APPEND | FILE_DIR | FILE_NONBLOCK);
    KTEST_ASSERT_EQ(path_parse("home:/x", "y?create", &path), 0);
    KTEST_ASSERT_EQ(path.flags, FILE_CREATE);
    KTEST_ASSERT(strcmp(path.inner, "/x/y") == 0);
    uint32_t flags = 0;
    KTEST_ASSERT_EQ(vfs_flags_parse("append&create", &flags), 0);
    KTEST_ASSERT_EQ(flags, FILE_APPEND | FILE_CREATE);
}

KTEST(path, unknown_or_empty_flag_fails)
{
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?bogus"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?create&bogus"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?Create"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?createx"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?create&"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?create&&dir"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a?create?dir"), -EINVAL);
    uint32_t flags = 0;
    KTEST_ASSERT_EQ(vfs_flags_parse("nonblock&x", &flags), -EINVAL);
}

KTEST(path, rejects_malformed)
{
    KTEST_ASSERT_EQ(path_error("home:/", ""), -EINVAL);
    KTEST_ASSERT_EQ(path_error("home:/", "?create"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, ":/a"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:a"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a:b"), -EINVAL);
    KTEST_ASSERT_EQ(path_error("home:/", "a/b:/c"), -EINVAL);
    KTEST_ASSERT_EQ(path_error(NULL, "home:/a\nb"), -EINVAL);
    // The working directory must itself be an absolute path.
    KTEST_ASSERT_EQ(path_error("usr", "a"), -EINVAL);
}

KTEST(path, too_long)
{
    char text[MAX_PATH + 16];
    // A whole path of MAX_PATH characters or more.
    strcpy(text, "home:");
    size_t length = strlen(text);
    while (length < MAX_PATH)
    {
        text[length] = (length % 8 == 5) ? '/' : 'a';
        length++;
    }
    text[length] = '\0';
    KTEST_ASSERT_EQ(path_error(NULL, text), -ENAMETOOLONG);
    text[MAX_PATH - 1] = '\0';
    KTEST_ASSERT(text[MAX_PATH - 2] != '/');
    KTEST_ASSERT_EQ(path_error(NULL, text), 0); // one shorter fits

    // One name of MAX_NAME characters, and one just short enough.
    strcpy(text, "home:/");
    memset(text + 6, 'n', MAX_NAME);
    text[6 + MAX_NAME] = '\0';
    KTEST_ASSERT_EQ(path_error(NULL, text), -ENAMETOOLONG);
    text[6 + MAX_NAME - 1] = '\0';
    KTEST_ASSERT_EQ(path_error(NULL, text), 0);

    // A label of MAX_NAME characters.
    memset(text, 'l', MAX_NAME);
    strcpy(text + MAX_NAME, ":/a");
    KTEST_ASSERT_EQ(path_error(NULL, text), -ENAMETOOLONG);

    // Short by itself, too long once joined to the working directory.
    char cwd[MAX_PATH];
    strcpy(cwd, "home:");
    for (length = 5; length + 8 < MAX_PATH - 1; length += 8)
    {
        memcpy(cwd + length, "/abcdefg", 8);
    }
    cwd[length] = '\0';
    KTEST_ASSERT_EQ(path_error(NULL, cwd), 0);
    KTEST_ASSERT_EQ(path_error(cwd, "0123456789"), -ENAMETOOLONG);
    KTEST_ASSERT_EQ(path_error(cwd, "../0123"), 0);
}

KTEST(path, joins_label_and_last_name)
{
    path_t path;
    KTEST_ASSERT_EQ(path_parse("home:/usr", "bin/../lib/", &path), 0);
    char joined[MAX_PATH];
    KTEST_ASSERT_EQ(path_join_label(&path, joined), 0);
    KTEST_ASSERT(strcmp(joined, "home:/usr/lib") == 0);
    KTEST_ASSERT(strcmp(path_last(path.inner), "lib") == 0);
    KTEST_ASSERT(strcmp(path_last("/"), "") == 0);
    KTEST_ASSERT(path_name_valid("abc.txt"));
    KTEST_ASSERT(!path_name_valid(""));
    KTEST_ASSERT(!path_name_valid(".."));
    KTEST_ASSERT(!path_name_valid("a/b"));
    KTEST_ASSERT(!path_name_valid("a:b"));
    KTEST_ASSERT(!path_name_valid("a?b"));
}
