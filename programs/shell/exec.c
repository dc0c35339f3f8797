#include "exec.h"

#include "builtins.h"
#include "expand.h"
#include "jobs.h"
#include "launch.h"
#include "terminal.h"

#include <errno.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

/** What exec_command gives for a program that is still running. */
#define EXEC_RUNNING (-1)

// The processes a pipeline started, in order.
typedef struct
{
    pid_t* pids;
    size_t count;
} started_t;

// Run one command with the descriptors in @p map: a builtin to its end, a
// program only started (its pid added to @p started). Returns the status,
// or EXEC_RUNNING.
static int exec_command(shell_t* shell, const command_t* command, fd_map_t* map, arena_t* arena, started_t* started)
{
    int argc = 0;
    char** argv = expand_arguments(shell, command->words, arena, &argc);
    if (argv == NULL)
    {
        return 1;
    }
    if (!redirect_apply(map, shell, command->redirects, arena))
    {
        redirect_release(map);
        return 1;
    }
    int status = 0;
    builtin_t builtin = argc > 0 ? builtin_find(argv[0]) : NULL;
    if (builtin != NULL)
    {
        status = builtin(shell, argc, argv, map);
    }
    else if (argc > 0)
    {
        pid_t pid = launch_program(argv, map, arena, &status);
        if (pid != -1)
        {
            started->pids[started->count++] = pid;
            status = EXEC_RUNNING;
        }
    }
    // With no words, only the redirections happened: "> file" makes a file.
    redirect_release(map);
    return status;
}

// Start every command of @p pipeline, each one's stdout a pipe to the
// next one's stdin. Builtins run there and then (their output must fit in
// a pipe, which help, pwd, history and jobs do). Returns the last
// command's status, or EXEC_RUNNING if it is a program.
static int exec_start_pipeline(shell_t* shell, const pipeline_t* pipeline, arena_t* arena, started_t* started)
{
    fd_t previous_read = -1; // the reading end of the pipe from the command before
    int status = 0;
    for (const command_t* command = pipeline->commands; command != NULL; command = command->next)
    {
        fd_t ends[2] = {-1, -1};
        if (command->next != NULL && io_open2("sys:/pipe/new", ends) == -1)
        {
            shell_error("cannot make a pipe: %s", strerror(errno));
            status = 1;
            break;
        }
        fd_map_t map;
        redirect_init(&map, previous_read != -1 ? previous_read : STDIN_FILENO,
            ends[1] != -1 ? ends[1] : STDOUT_FILENO, STDERR_FILENO);
        status = exec_command(shell, command, &map, arena, started);
        // The children hold their own references to the pipe's ends now.
        if (previous_read != -1)
        {
            close(previous_read);
        }
        if (ends[1] != -1)
        {
            close(ends[1]);
        }
        previous_read = ends[0];
        if (shell->exiting)
        {
            break;
        }
    }
    if (previous_read != -1)
    {
        close(previous_read);
    }
    return status;
}

static int exec_pipeline(shell_t* shell, const pipeline_t* pipeline, arena_t* arena)
{
    started_t started = {arena_alloc(arena, pipeline->command_count * sizeof(pid_t)), 0};
    // ^C is for the program the person is waiting on; the last one's end
    // is what ends the pipeline for them. Until it has started, the shell
    // holds ^C and passes it on.
    if (shell->interactive)
    {
        terminal_claim_foreground();
    }
    int status = exec_start_pipeline(shell, pipeline, arena, &started);
    if (shell->interactive)
    {
        terminal_hand_foreground(started.count > 0 ? started.pids[started.count - 1] : 0);
    }
    if (started.count == 0)
    {
        return status;
    }
    for (size_t i = 0; i < started.count; i++)
    {
        int process_status = jobs_wait_process(started.pids[i]);
        if (i == started.count - 1 && status == EXEC_RUNNING)
        {
            status = process_status >= 0 ? process_status : 1;
        }
    }
    if (shell->interactive)
    {
        terminal_set_foreground(0);
    }
    return status;
}

// Start @p and_or without waiting. A single pipeline runs as it is; for
// && and || a shell of its own decides, with the same positional
// parameters ("shell -c TEXT $0 $1...").
static void exec_background(shell_t* shell, const and_or_t* and_or, arena_t* arena)
{
    started_t started = {NULL, 0};
    int status = 1;
    if (and_or->pipelines->next == NULL)
    {
        started.pids = arena_alloc(arena, and_or->pipelines->command_count * sizeof(pid_t));
        status = exec_start_pipeline(shell, and_or->pipelines, arena, &started);
    }
    else
    {
        char** argv = arena_alloc(arena, (size_t)(shell->argc + 4) * sizeof(char*));
        argv[0] = (char*)shell->self;
        argv[1] = "-c";
        argv[2] = arena_strndup(arena, and_or->text, and_or->text_length);
        for (int i = 0; i < shell->argc; i++)
        {
            argv[3 + i] = shell->argv[i];
        }
        fd_map_t map;
        redirect_init(&map, STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO);
        started.pids = arena_alloc(arena, sizeof(pid_t));
        pid_t pid = launch_program(argv, &map, arena, &status);
        if (pid != -1)
        {
            started.pids[started.count++] = pid;
        }
    }
    if (started.count == 0)
    {
        shell->status = status; // nothing to wait for: a builtin, or nothing could start
        return;
    }
    int number = jobs_add(started.pids, started.count, and_or->text, and_or->text_length);
    shell->last_background = started.pids[started.count - 1];
    if (shell->interactive)
    {
        writef(STDERR_FILENO, "[%d] %lld\n", number, (long long)shell->last_background);
    }
    shell->status = 0;
}

static void exec_and_or(shell_t* shell, const and_or_t* and_or, arena_t* arena)
{
    for (const pipeline_t* pipeline = and_or->pipelines; pipeline != NULL && !shell->exiting;
         pipeline = pipeline->next)
    {
        bool run = pipeline->connector == CONNECT_FIRST || (pipeline->connector == CONNECT_AND) == (shell->status == 0);
        if (run)
        {
            shell->status = exec_pipeline(shell, pipeline, arena);
        }
    }
}

void exec_list(shell_t* shell, const and_or_t* list, arena_t* arena)
{
    for (const and_or_t* and_or = list; and_or != NULL && !shell->exiting; and_or = and_or->next)
    {
        if (and_or->background)
        {
            exec_background(shell, and_or, arena);
        }
        else
        {
            exec_and_or(shell, and_or, arena);
        }
    }
}
