// What user space gives libstd's platform/user wrappers, for the host: the
// wrappers' calls become pw_malloc, pw_fputs... after run.sh's renaming, and
// these forward them to glibc. Output to stderr is captured instead, so
// tests can check getopt's messages.
#include "host_test.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Only its address matters: pw_fputs recognises it.
void* pw_stderr = &pw_stderr;

static char captured[4096];
static bool fail_next_allocation;
static size_t captured_length;

// As libstd's malloc does when out of memory: NULL and ENOMEM.
static bool allocation_fails(void)
{
    if (!fail_next_allocation)
    {
        return false;
    }
    fail_next_allocation = false;
    PW_ERRNO = ENOMEM;
    return true;
}

void fail_next_malloc(void)
{
    fail_next_allocation = true;
}

void* pw_malloc(size_t size)
{
    return allocation_fails() ? NULL : malloc(size);
}

void* pw_realloc(void* ptr, size_t size)
{
    return allocation_fails() ? NULL : realloc(ptr, size);
}

void pw_free(void* ptr)
{
    free(ptr);
}

int pw_fputs(const char* str, void* stream)
{
    if (stream != pw_stderr)
    {
        return EOF;
    }
    size_t length = strlen(str);
    if (captured_length + length >= sizeof(captured))
    {
        length = sizeof(captured) - 1 - captured_length;
    }
    memcpy(captured + captured_length, str, length);
    captured_length += length;
    captured[captured_length] = '\0';
    return 0;
}

const char* stderr_captured(void)
{
    return captured;
}

void stderr_clear(void)
{
    captured_length = 0;
    captured[0] = '\0';
}
