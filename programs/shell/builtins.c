#include "builtins.h"

#include "cwd.h"
#include "history.h"
#include "jobs.h"
#include "variables.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

// An error on the builtin's own stderr (it may be redirected).
static int builtin_error(const fd_map_t* io, const char* format, ...) __attribute__((format(printf, 2, 3)));

static int builtin_error(const fd_map_t* io, const char* format, ...)
{
    char message[300];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof(message), format, args);
    va_end(args);
    writef(io->fds[2], "shell: %s\n", message);
    return 1;
}

// An integer argument: false unless all of @p text is one.
static bool builtin_number(const char* text, long long* value)
{
    char* end;
    errno = 0;
    *value = strtoll(text, &end, 10);
    return text[0] != '\0' && *end == '\0' && errno == 0;
}

static int builtin_cd(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)shell;
    if (argc > 2)
    {
        return builtin_error(io, "cd: too many arguments");
    }
    const char* target = argc == 2 ? argv[1] : "home:/";
    if (chdir(target) == -1)
    {
        return builtin_error(io, "cd: %s: %s", target, strerror(errno));
    }
    return 0;
}

static int builtin_pwd(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)shell, (void)argc, (void)argv;
    return writef(io->fds[1], "%s\n", cwd_get()) == -1;
}

static int builtin_exit(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    long long status = shell->status;
    if (argc > 2)
    {
        return builtin_error(io, "exit: too many arguments");
    }
    if (argc == 2 && !builtin_number(argv[1], &status))
    {
        builtin_error(io, "exit: %s: not a number", argv[1]);
        return STATUS_SYNTAX;
    }
    shell->exiting = true;
    return (int)status;
}

static int builtin_history(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)argc, (void)argv;
    const history_t* history = shell->history;
    for (size_t i = 0; history != NULL && i < history->count; i++)
    {
        // One line at a time: writef formats at most 1023 bytes.
        if (writef(io->fds[1], "%5zu  %s\n", history->first_number + i, history_get(history, i)) == -1)
        {
            return 1;
        }
    }
    return 0;
}

static int builtin_jobs(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)shell, (void)argc, (void)argv;
    jobs_list(io->fds[1]);
    return 0;
}

static int builtin_wait(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)shell;
    long long pid = 0;
    if (argc > 2 || (argc == 2 && (!builtin_number(argv[1], &pid) || pid <= 0)))
    {
        builtin_error(io, "usage: wait [PID]");
        return STATUS_SYNTAX;
    }
    int status = jobs_wait((pid_t)pid);
    if (pid != 0 && status == STATUS_NOT_FOUND)
    {
        builtin_error(io, "wait: %lld: not a background job of this shell", pid);
    }
    return status;
}

static int builtin_help(shell_t* shell, int argc, char** argv, const fd_map_t* io);

static const struct
{
    const char* name;
    builtin_t run;
    const char* usage;
    const char* description;
} builtins[] = {
    {"cd", builtin_cd, "cd [DIR]", "change the working directory (home:/ without DIR)"},
    {"pwd", builtin_pwd, "pwd", "print the working directory"},
    {"exit", builtin_exit, "exit [N]", "leave the shell with status N (default: the last status)"},
    {"history", builtin_history, "history", "list the lines typed at the prompt"},
    {"jobs", builtin_jobs, "jobs", "list the background jobs still running"},
    {"wait", builtin_wait, "wait [PID]", "wait for the background jobs, or the one with PID"},
    {"export", variables_export, "export [NAME=VALUE...]", "set variables, which every program run gets"},
    {"unset", variables_unset, "unset NAME...", "remove variables"},
    {"help", builtin_help, "help", "this list"},
};

#define BUILTIN_COUNT (sizeof(builtins) / sizeof(builtins[0]))

static int builtin_help(shell_t* shell, int argc, char** argv, const fd_map_t* io)
{
    (void)shell, (void)argc, (void)argv;
    writef(io->fds[1], "Built-in commands:\n");
    for (size_t i = 0; i < BUILTIN_COUNT; i++)
    {
        writef(io->fds[1], "  %-12s %s\n", builtins[i].usage, builtins[i].description);
    }
    writef(io->fds[1], "Other commands are programs: NAME is looked up in PATH's directories\n"
                       "(home:/bin:home:/usr/bin by default), and a name with ':' or '/' is a path.\n"
                       "Operators: ; & && || | < > >> 2> 2>&1. Quotes: '...' \"...\" \\.\n");
    return 0;
}

builtin_t builtin_find(const char* name)
{
    for (size_t i = 0; i < BUILTIN_COUNT; i++)
    {
        if (strcmp(builtins[i].name, name) == 0)
        {
            return builtins[i].run;
        }
    }
    return NULL;
}
