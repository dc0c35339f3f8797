// home:/bin/shell: the command language of docs/shell.md.
//
//   shell                    commands from stdin: typed at the console
//                            with prompts and line editing, or read
//                            plainly from a pipe or file
//   shell FILE [ARG...]      a script; $0 is FILE, $1... the ARGs
//   shell -c COMMANDS [NAME [ARG...]]   $0 is NAME ("shell" if none)
//
// (--edit-keys, for tests, drives the line editor from stdin: see
// editor_replay.h.)
#include "editor_replay.h"
#include "history.h"
#include "input.h"
#include "memory.h"
#include "session.h"
#include "shell.h"
#include "terminal.h"

#include <errno.h>
#include <string.h>
#include <sys/io.h>
#include <stdlib.h>
#include <sys/proc.h>

#define SHELL_DEFAULT_PATH "home:/bin/shell"

static int shell_usage(void)
{
    static const char usage[] = "usage: shell [-c command | file]\n";
    write(STDERR_FILENO, usage, sizeof(usage) - 1);
    return STATUS_SYNTAX;
}

// The whole of the file at @p path, null-terminated (malloc'd), or NULL.
static char* shell_read_file(const char* path)
{
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return NULL;
    }
    buffer_t text = BUFFER_EMPTY;
    char chunk[4096];
    ssize_t got;
    while ((got = read(fd, chunk, sizeof(chunk))) > 0)
    {
        buffer_append(&text, chunk, (size_t)got);
    }
    int error = errno;
    close(fd);
    if (got == -1)
    {
        buffer_free(&text);
        errno = error;
        return NULL;
    }
    return buffer_take(&text);
}

// An interactive shell ignores ^C's note: ^C abandons the line being
// typed (raw mode) or interrupts the foreground program, never the shell.
static void shell_on_note(const char* note)
{
    if (strcmp(note, "terminate") == 0)
    {
        _Exit(128 + 15); // what a terminate signal gives elsewhere
    }
    if (strcmp(note, "interrupt") == 0)
    {
        terminal_note_interrupt(); // for the program being started, if any
    }
}

static int shell_interactive(shell_t* shell)
{
    static history_t history = HISTORY_EMPTY;
    shell->interactive = true;
    shell->history = &history;
    note_handler(shell_on_note);
    input_t input;
    input_from_terminal(&input, &history);
    if (!terminal_open())
    {
        input_from_descriptor(&input, STDIN_FILENO); // prompts, but plain lines
    }
    return session_run(shell, &input);
}

int main(int argc, char** argv)
{
    static char* default_name[] = {"shell", NULL};
    shell_t shell = {.argc = 1, .argv = default_name};
    shell.self = argc > 0 && strchr(argv[0], ':') != NULL ? argv[0] : SHELL_DEFAULT_PATH;
    input_t input;
    if (argc <= 1)
    {
        if (terminal_is_console(STDIN_FILENO))
        {
            return shell_interactive(&shell);
        }
        input_from_descriptor(&input, STDIN_FILENO);
        return session_run(&shell, &input);
    }
    if (strcmp(argv[1], "--edit-keys") == 0 && argc == 2)
    {
        return editor_replay();
    }
    if (strcmp(argv[1], "-c") == 0)
    {
        if (argc < 3)
        {
            return shell_usage();
        }
        if (argc > 3)
        {
            shell.argc = argc - 3;
            shell.argv = argv + 3;
        }
        input_from_string(&input, argv[2]);
        return session_run(&shell, &input);
    }
    if (argv[1][0] == '-')
    {
        return shell_usage();
    }
    char* script = shell_read_file(argv[1]);
    if (script == NULL)
    {
        shell_error("cannot open %s: %s", argv[1], strerror(errno));
        return STATUS_NOT_FOUND;
    }
    shell.argc = argc - 1;
    shell.argv = argv + 1;
    input_from_string(&input, script);
    int status = session_run(&shell, &input);
    free(script);
    return status;
}
