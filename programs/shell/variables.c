#include "variables.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

#define VARIABLE_NAME_MAX 256

bool variables_name_valid(const char* name, size_t length)
{
    if (length == 0 || isdigit((unsigned char)name[0]))
    {
        return false;
    }
    for (size_t i = 0; i < length; i++)
    {
        if (!isalnum((unsigned char)name[i]) && name[i] != '_')
        {
            return false;
        }
    }
    return true;
}

const char* variables_get(const char* name, size_t length)
{
    // getenv wants a string; a name too long to copy cannot be set either
    // (setenv's names come from export, which takes whole words, but a
    // program may have been given anything).
    char copy[VARIABLE_NAME_MAX];
    if (length >= sizeof(copy))
    {
        return NULL;
    }
    memcpy(copy, name, length);
    copy[length] = '\0';
    return getenv(copy);
}

// The value in single quotes, each ' written as '\'' so the line reads back.
static int variables_print(fd_t fd, const char* entry)
{
    const char* equals = strchr(entry, '=');
    if (equals == NULL)
    {
        return 0; // not NAME=value: no variable of ours
    }
    if (writef(fd, "export %.*s='", (int)(equals - entry), entry) == -1)
    {
        return -1;
    }
    for (const char* at = equals + 1; *at != '\0';)
    {
        size_t run = strcspn(at, "'");
        if ((run > 0 && write(fd, at, run) != (ssize_t)run) || (at[run] == '\'' && writef(fd, "'\\''") == -1))
        {
            return -1;
        }
        at += run + (at[run] == '\'' ? 1 : 0);
    }
    return writef(fd, "'\n") == -1 ? -1 : 0;
}

int variables_export(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)shell;
    if (argc == 1)
    {
        for (size_t i = 0; environ[i] != NULL; i++)
        {
            if (variables_print(io->fds[1], environ[i]) == -1)
            {
                return 1;
            }
        }
        return 0;
    }
    int status = 0;
    for (int i = 1; i < argc; i++)
    {
        const char* equals = strchr(argv[i], '=');
        size_t length = equals != NULL ? (size_t)(equals - argv[i]) : strlen(argv[i]);
        if (!variables_name_valid(argv[i], length))
        {
            writef(io->fds[2], "shell: export: '%.*s': not a valid name\n", (int)length, argv[i]);
            status = 1;
            continue;
        }
        if (equals == NULL)
        {
            continue; // set: exported already; unset: stays unset
        }
        char* name = strndup(argv[i], length);
        if (name == NULL || setenv(name, equals + 1, 1) == -1)
        {
            writef(io->fds[2], "shell: export: %.*s: %s\n", (int)length, argv[i], strerror(errno));
            status = 1;
        }
        free(name);
    }
    return status;
}

int variables_unset(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)shell;
    int status = 0;
    for (int i = 1; i < argc; i++)
    {
        if (!variables_name_valid(argv[i], strlen(argv[i])))
        {
            writef(io->fds[2], "shell: unset: '%s': not a valid name\n", argv[i]);
            status = 1;
            continue;
        }
        unsetenv(argv[i]);
    }
    return status;
}
