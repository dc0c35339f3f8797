// libgen.h: basename and dirname, against glibc's POSIX versions for
// ordinary paths and against fixed expectations for label roots.
#include "host_test.h"

#include <libgen.h>
#include <string.h>

char* pw_basename(char* path);
char* pw_dirname(char* path);

static void test_fixed(void)
{
    static const struct
    {
        const char* path;
        const char* dir;
        const char* base;
    } cases[] = {
        {"home:/a/b", "home:/a", "b"}, {"home:/a", "home:/", "a"}, {"home:/", "home:/", "home:/"},
        {"home://a//", "home:/", "a"}, {"home://", "home:/", "home:/"}, {"sys:/proc/1/ctl", "sys:/proc/1", "ctl"},
        {"home:/a/b/", "home:/a", "b"}, {"home:", ".", "home:"}, {"x/y:/a", "x/y:", "a"}, {"/a/b/", "/a", "b"},
        {"/", "/", "/"}, {"///", "/", "/"}, {"/a", "/", "a"}, {"a/b", "a", "b"}, {"a", ".", "a"}, {"a/", ".", "a"},
        {"a//b//", "a", "b"}, {".", ".", "."}, {"..", ".", ".."}, {"../x", "..", "x"},
    };
    char buffer[64];
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        strcpy(buffer, cases[i].path);
        const char* dir = pw_dirname(buffer);
        CHECK(strcmp(dir, cases[i].dir) == 0, "dirname(%s) = %s, expected %s", quote_str(cases[i].path),
            quote_str(dir), quote_str(cases[i].dir));
        strcpy(buffer, cases[i].path);
        const char* base = pw_basename(buffer);
        CHECK(strcmp(base, cases[i].base) == 0, "basename(%s) = %s, expected %s", quote_str(cases[i].path),
            quote_str(base), quote_str(cases[i].base));
    }
    CHECK(strcmp(pw_dirname(NULL), ".") == 0 && strcmp(pw_basename(NULL), ".") == 0, "NULL does not give \".\"");
    char empty[1] = "";
    CHECK(strcmp(pw_dirname(empty), ".") == 0 && strcmp(pw_basename(empty), ".") == 0, "\"\" does not give \".\"");
}

// Random paths of a, b and slashes, as glibc's POSIX functions split them
// (leading "//" is implementation-defined: glibc keeps it, left out).
static void test_against_glibc(void)
{
    char path[16], mine[16], theirs[16];
    for (int i = 0; i < 20000; i++)
    {
        random_string(path, 1 + random_below(10), "ab/");
        if (strncmp(path, "//", 2) == 0)
        {
            continue;
        }
        strcpy(mine, path);
        strcpy(theirs, path);
        const char* got = pw_dirname(mine);
        const char* expected = dirname(theirs);
        CHECK(strcmp(got, expected) == 0, "dirname(%s) = %s, glibc %s", quote_str(path), quote_str(got),
            quote_str(expected));
        strcpy(mine, path);
        strcpy(theirs, path);
        got = pw_basename(mine);
        expected = basename(theirs);
        CHECK(strcmp(got, expected) == 0, "basename(%s) = %s, glibc %s", quote_str(path), quote_str(got),
            quote_str(expected));
    }
}

void run_posix_libgen_tests(void)
{
    run("libgen-fixed", test_fixed);
    run("libgen-glibc", test_against_glibc);
}
