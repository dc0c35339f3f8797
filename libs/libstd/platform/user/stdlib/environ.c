// The environment: environ and the bookkeeping behind setenv and friends.
// Mutable state, hence platform/user.
//
// environ may point at an array libstd does not own (the initial one, or
// one a program assigned): the first change copies it into a malloc'ed
// array of ours. Entries setenv allocated are remembered in owned_strings,
// so replacing or removing them frees them; putenv's strings and the
// initial ones are never freed.
#include "env.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static char* empty_environment[] = {NULL};

// Until start-up (platform/user/start.c) points environ at the array the
// kernel passed (spawn's envp), which is not ours: the first change copies it.
char** environ = empty_environment;

static char** owned_array; // environ, when it is our copy
static size_t owned_capacity;
static char** owned_strings; // setenv's entries, freed when dropped
static size_t owned_string_count;
static size_t owned_string_capacity;

bool _env_name_valid(const char* name)
{
    return name != NULL && *name != '\0' && strchr(name, '=') == NULL;
}

long _env_find(const char* name, size_t length)
{
    for (size_t i = 0; environ[i] != NULL; i++)
    {
        if (strncmp(environ[i], name, length) == 0 && environ[i][length] == '=')
        {
            return (long)i;
        }
    }
    return -1;
}

static size_t env_count(void)
{
    size_t count = 0;
    while (environ[count] != NULL)
    {
        count++;
    }
    return count;
}

// Make environ our own array, with room for @p count entries and the NULL.
static int env_reserve(size_t count)
{
    if (environ == owned_array && count < owned_capacity)
    {
        return 0;
    }
    size_t capacity = count < 8 ? 16 : count * 2;
    char** array;
    if (environ == owned_array)
    {
        array = realloc(owned_array, capacity * sizeof(char*));
    }
    else
    {
        array = malloc(capacity * sizeof(char*));
        if (array != NULL)
        {
            memcpy(array, environ, (env_count() + 1) * sizeof(char*));
            free(owned_array); // a program replaced environ: the old copy is unused
        }
    }
    if (array == NULL)
    {
        return -1;
    }
    owned_array = environ = array;
    owned_capacity = capacity;
    return 0;
}

// Free @p entry if setenv allocated it.
static void env_release(char* entry)
{
    for (size_t i = 0; i < owned_string_count; i++)
    {
        if (owned_strings[i] == entry)
        {
            owned_strings[i] = owned_strings[--owned_string_count];
            free(entry);
            return;
        }
    }
}

static int env_adopt(char* entry)
{
    if (owned_string_count == owned_string_capacity)
    {
        size_t capacity = owned_string_capacity == 0 ? 16 : owned_string_capacity * 2;
        char** strings = realloc(owned_strings, capacity * sizeof(char*));
        if (strings == NULL)
        {
            return -1;
        }
        owned_strings = strings;
        owned_string_capacity = capacity;
    }
    owned_strings[owned_string_count++] = entry;
    return 0;
}

int _env_set(char* entry, size_t name_length, bool owned)
{
    long index = _env_find(entry, name_length);
    size_t count = env_count();
    // Room first, so a failure leaves the environment as it was.
    if (env_reserve(index >= 0 ? count : count + 1) != 0 || (owned && env_adopt(entry) != 0))
    {
        errno = ENOMEM;
        return -1;
    }
    if (index >= 0)
    {
        char* old = environ[index];
        environ[index] = entry;
        if (old != entry)
        {
            env_release(old);
        }
        return 0;
    }
    environ[count] = entry;
    environ[count + 1] = NULL;
    return 0;
}

int _env_remove(const char* name, size_t length)
{
    if (_env_find(name, length) < 0)
    {
        return 0;
    }
    if (env_reserve(env_count()) != 0)
    {
        errno = ENOMEM;
        return -1;
    }
    // Keep the order of the others; drop every duplicate too.
    size_t kept = 0;
    for (size_t i = 0; environ[i] != NULL; i++)
    {
        if (strncmp(environ[i], name, length) == 0 && environ[i][length] == '=')
        {
            env_release(environ[i]);
        }
        else
        {
            environ[kept++] = environ[i];
        }
    }
    environ[kept] = NULL;
    return 0;
}
