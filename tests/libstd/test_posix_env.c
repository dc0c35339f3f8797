// The environment (platform/user/stdlib): setenv, unsetenv, putenv,
// getenv and environ, with fixed expectations (glibc's own environment is
// not touched).
#include "host_test.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char** pw_environ;
char* pw_getenv(const char* name);
int pw_setenv(const char* name, const char* value, int overwrite);
int pw_unsetenv(const char* name);
int pw_putenv(char* string);

static size_t environ_count(void)
{
    size_t count = 0;
    while (pw_environ[count] != NULL)
    {
        count++;
    }
    return count;
}

// How many entries of environ start with prefix.
static size_t entries_starting(const char* prefix)
{
    size_t found = 0;
    for (size_t i = 0; pw_environ[i] != NULL; i++)
    {
        found += strncmp(pw_environ[i], prefix, strlen(prefix)) == 0;
    }
    return found;
}

static void test_initial_and_set(void)
{
    CHECK(pw_environ != NULL && environ_count() == 0, "the environment does not start empty");
    CHECK(pw_getenv("PATH") == NULL, "getenv(PATH) in an empty environment");
    CHECK(pw_setenv("A", "1", 0) == 0, "setenv(A, 1, 0) failed");
    CHECK(pw_setenv("AB", "2", 1) == 0, "setenv(AB, 2, 1) failed");
    CHECK(pw_setenv("EMPTY", "", 1) == 0, "setenv(EMPTY, \"\") failed");
    const char* a = pw_getenv("A");
    CHECK(a != NULL && strcmp(a, "1") == 0, "getenv(A) = %s", quote_str(a));
    const char* ab = pw_getenv("AB");
    CHECK(ab != NULL && strcmp(ab, "2") == 0, "getenv(AB) = %s", quote_str(ab));
    const char* empty = pw_getenv("EMPTY");
    CHECK(empty != NULL && *empty == '\0', "getenv(EMPTY) = %s", quote_str(empty));
    CHECK(pw_getenv("") == NULL && pw_getenv("A=1") == NULL && pw_getenv("Ab") == NULL,
        "getenv of an empty, '='-containing or case-different name found something");
    CHECK(entries_starting("A=1") == 1 && environ_count() == 3, "environ holds %zu entries", environ_count());
    // overwrite 0 keeps the value; nonzero replaces it without duplicating.
    CHECK(pw_setenv("A", "x", 0) == 0 && strcmp(pw_getenv("A"), "1") == 0, "setenv(A, x, 0) replaced");
    CHECK(pw_setenv("A", "x", 1) == 0 && strcmp(pw_getenv("A"), "x") == 0, "setenv(A, x, 1) did not replace");
    CHECK(entries_starting("A=") == 1 && environ_count() == 3, "replacing added an entry");
    // The value is copied.
    char value[] = "copied";
    pw_setenv("COPY", value, 1);
    value[0] = 'X';
    CHECK(strcmp(pw_getenv("COPY"), "copied") == 0, "setenv did not copy its value");
}

static void test_errors(void)
{
    static const char* bad[] = {"", "A=B", "="};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        PW_ERRNO = 0;
        CHECK(pw_setenv(bad[i], "v", 1) == -1 && PW_ERRNO == EINVAL, "setenv(%s) did not fail with EINVAL",
            quote_str(bad[i]));
        PW_ERRNO = 0;
        CHECK(pw_unsetenv(bad[i]) == -1 && PW_ERRNO == EINVAL, "unsetenv(%s) did not fail with EINVAL",
            quote_str(bad[i]));
    }
    PW_ERRNO = 0;
    CHECK(pw_setenv(NULL, "v", 1) == -1 && PW_ERRNO == EINVAL, "setenv(NULL) did not fail with EINVAL");
    PW_ERRNO = 0;
    CHECK(pw_unsetenv(NULL) == -1 && PW_ERRNO == EINVAL, "unsetenv(NULL) did not fail with EINVAL");
    char bad_put[] = "=x";
    PW_ERRNO = 0;
    CHECK(pw_putenv(bad_put) == -1 && PW_ERRNO == EINVAL, "putenv(\"=x\") did not fail with EINVAL");
    // Out of memory: setenv fails, the environment is unchanged.
    size_t before = environ_count();
    PW_ERRNO = 0;
    fail_next_malloc();
    CHECK(pw_setenv("NOMEM", "v", 1) == -1 && PW_ERRNO == ENOMEM, "setenv without memory: errno %d", PW_ERRNO);
    CHECK(pw_getenv("NOMEM") == NULL && environ_count() == before, "a failed setenv changed the environment");
}

static void test_unset_and_putenv(void)
{
    pw_setenv("GONE", "1", 1);
    CHECK(pw_unsetenv("GONE") == 0 && pw_getenv("GONE") == NULL, "unsetenv(GONE) left it");
    CHECK(pw_unsetenv("NEVER_SET") == 0, "unsetenv of an unset name failed");
    // putenv: the string itself is the entry.
    static char entry[] = "PUT=first";
    CHECK(pw_putenv(entry) == 0, "putenv failed");
    CHECK(pw_getenv("PUT") == entry + 4, "getenv(PUT) is not inside putenv's string");
    entry[4] = 'F';
    CHECK(strcmp(pw_getenv("PUT"), "First") == 0, "changing putenv's string did not change the variable");
    // setenv replaces a putenv entry (without freeing it), unsetenv removes one.
    CHECK(pw_setenv("PUT", "second", 1) == 0 && strcmp(pw_getenv("PUT"), "second") == 0, "setenv over putenv");
    CHECK(strcmp(entry, "PUT=First") == 0, "setenv changed putenv's string");
    static char again[] = "PUT=third";
    CHECK(pw_putenv(again) == 0 && pw_getenv("PUT") == again + 4, "putenv over setenv");
    static char remove[] = "PUT";
    CHECK(pw_putenv(remove) == 0 && pw_getenv("PUT") == NULL, "putenv without '=' did not remove");
    CHECK(entries_starting("PUT") == 0, "PUT entries left");
}

// A program may point environ at its own array: getenv reads it, and the
// first change copies it (the program's array stays as it was).
static void test_own_array(void)
{
    char** saved = pw_environ;
    static char first[] = "X=1", second[] = "Y=2", duplicate[] = "X=3";
    char* mine[] = {first, second, duplicate, NULL};
    pw_environ = mine;
    CHECK(strcmp(pw_getenv("Y"), "2") == 0 && strcmp(pw_getenv("X"), "1") == 0, "getenv does not read environ");
    CHECK(pw_setenv("Z", "9", 1) == 0 && pw_environ != mine, "setenv did not copy the program's array");
    CHECK(mine[3] == NULL && mine[0] == first, "setenv changed the program's array");
    CHECK(pw_unsetenv("X") == 0 && pw_getenv("X") == NULL, "unsetenv left a duplicate");
    CHECK(environ_count() == 2 && strcmp(pw_getenv("Z"), "9") == 0 && strcmp(pw_getenv("Y"), "2") == 0,
        "unsetenv removed the wrong entries");
    // Many variables: the array grows.
    char name[16];
    for (int i = 0; i < 200; i++)
    {
        snprintf(name, sizeof(name), "V%d", i);
        CHECK(pw_setenv(name, name, 1) == 0, "setenv(%s) failed", name);
    }
    CHECK(environ_count() == 202 && strcmp(pw_getenv("V0"), "V0") == 0 && strcmp(pw_getenv("V199"), "V199") == 0,
        "after 200 setenv: %zu entries", environ_count());
    for (int i = 0; i < 200; i++)
    {
        snprintf(name, sizeof(name), "V%d", i);
        pw_unsetenv(name);
    }
    CHECK(environ_count() == 2, "after unsetting: %zu entries", environ_count());
    (void)saved;
}

void run_posix_env_tests(void)
{
    run("environment-set-get", test_initial_and_set);
    run("environment-errors", test_errors);
    run("environment-unset-putenv", test_unset_and_putenv);
    run("environment-own-array", test_own_array);
}
