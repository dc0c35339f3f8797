#include "session.h"

#include "arena.h"
#include "cwd.h"
#include "exec.h"
#include "history.h"
#include "jobs.h"
#include "parser.h"

#include <stdio.h>
#include <string.h>
#include <sys/io.h>

/** The prompt for the lines that continue a command. */
#define SESSION_MORE_PROMPT "> "

typedef enum
{
    SESSION_RAN,       /**< a command was read and run (or rejected) */
    SESSION_CANCELLED, /**< the person abandoned it */
    SESSION_ENDED,     /**< no more input */
} session_step_t;

// Parse @p text and run it if it is complete; report a syntax error.
static parse_result_t session_run_text(shell_t* shell, const char* text)
{
    arena_t arena = ARENA_EMPTY;
    and_or_t* list;
    char error[128];
    parse_result_t result = parse_text(text, &arena, &list, error, sizeof(error));
    if (result == PARSE_OK)
    {
        exec_list(shell, list, &arena);
    }
    else if (result == PARSE_ERROR)
    {
        shell_error("%s", error);
        shell->status = STATUS_SYNTAX;
        // A script with a syntax error stops, as its later lines may
        // depend on what could not run; a person just tries again.
        shell->exiting = !shell->interactive;
    }
    arena_free(&arena);
    return result;
}

// Read lines into @p text until they parse (or cannot), then run them.
static session_step_t session_step(shell_t* shell, input_t* input, buffer_t* text, buffer_t* line)
{
    char prompt[MAX_PATH + 8];
    snprintf(prompt, sizeof(prompt), "%s> ", cwd_get());
    const char* next_prompt = shell->interactive ? prompt : NULL;
    buffer_clear(text);
    for (;;)
    {
        input_status_t status = input_read_line(input, next_prompt, line);
        if (status == INPUT_CANCEL)
        {
            shell->status = STATUS_INTERRUPTED;
            return SESSION_CANCELLED;
        }
        if (status == INPUT_END)
        {
            if (text->length == 0)
            {
                return SESSION_ENDED;
            }
            // A backslash-newline at the very end continues into nothing:
            // the text before it is the command, as in sh.
            if (text->length >= 2 && strcmp(buffer_text(text) + text->length - 2, "\\\n") == 0)
            {
                text->length -= 2;
                text->data[text->length] = '\0';
                if (session_run_text(shell, buffer_text(text)) != PARSE_INCOMPLETE)
                {
                    return SESSION_ENDED;
                }
            }
            shell_error("syntax error: unexpected end of input");
            shell->status = STATUS_SYNTAX;
            return SESSION_ENDED;
        }
        if (shell->history != NULL)
        {
            history_add(shell->history, buffer_text(line));
        }
        buffer_append(text, buffer_text(line), line->length);
        buffer_append_char(text, '\n');
        if (session_run_text(shell, buffer_text(text)) != PARSE_INCOMPLETE)
        {
            return SESSION_RAN;
        }
        next_prompt = shell->interactive ? SESSION_MORE_PROMPT : NULL;
    }
}

int session_run(shell_t* shell, input_t* input)
{
    buffer_t text = BUFFER_EMPTY, line = BUFFER_EMPTY;
    while (!shell->exiting)
    {
        jobs_collect(shell->interactive);
        if (session_step(shell, input, &text, &line) == SESSION_ENDED)
        {
            break;
        }
    }
    buffer_free(&text);
    buffer_free(&line);
    return shell->status;
}
