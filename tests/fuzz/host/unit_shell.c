// The shell harness's checks, built with the shell's headers: the lexer,
// the parser and word expansion (programs/shell) on fuzzed text, fed as
// session.c feeds them: line by line, each line with its newline, parsed
// again with the next line while the text is incomplete.
// - The lexer's tokens lie inside the text, in order, and it ends.
// - A parsed tree's words lie inside the text and are not empty; every
//   command has a word or a redirection; the counts match the lists.
// - Expansion of every word gives a NULL-ended argument array.
// - An error comes with a message.
// Then the whole input goes through the real session (session.c and
// input.c, as for a script or -c), with the executor and the terminal
// shimmed: a script whose last line ends in a backslash continues into
// nothing and must run, as in sh, not fail as cut short.
#include "programs/shell/cwd.h"
#include "programs/shell/exec.h"
#include "programs/shell/expand.h"
#include "programs/shell/history.h"
#include "programs/shell/jobs.h"
#include "programs/shell/lexer.h"
#include "programs/shell/parser.h"
#include "programs/shell/session.h"
#include "programs/shell/terminal.h"
#include "programs/shell/variables.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

void fuzz_shell(const char* input);
_Noreturn void fuzz_fail(const char* why);

#define CHECK(condition, why) ((condition) ? (void)0 : fuzz_fail(why))

#define END_MESSAGE "syntax error: unexpected end of input"

// ---- shims for the rest of the shell ----

static bool ended_early; // the session said the input was cut short

// report.c writes to stderr; here the message is only formatted.
void shell_error(const char* format, ...)
{
    char message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof(message), format, args);
    va_end(args);
    ended_early |= strcmp(message, END_MESSAGE) == 0;
}

pid_t process_id(void)
{
    return 42;
}

// The variables (variables.c reads the environment): one is set, so
// both ways of expanding are gone through.
bool variables_name_valid(const char* name, size_t length)
{
    if (length == 0 || (name[0] >= '0' && name[0] <= '9'))
    {
        return false;
    }
    for (size_t i = 0; i < length; i++)
    {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
        {
            return false;
        }
    }
    return true;
}

const char* variables_get(const char* name, size_t length)
{
    return length == 4 && memcmp(name, "FUZZ", 4) == 0 ? "fuzz value" : NULL;
}

void jobs_collect(bool report)
{
    (void)report;
}

const char* cwd_get(void)
{
    return "home:/";
}

void history_add(history_t* history, const char* line)
{
    (void)history;
    (void)line;
}

terminal_status_t terminal_read_line(const char* prompt, const history_t* history, buffer_t* line)
{
    (void)prompt;
    (void)history;
    (void)line;
    return TERMINAL_UNAVAILABLE;
}

ssize_t read(fd_t fd, void* buffer, size_t count)
{
    (void)fd;
    (void)buffer;
    (void)count;
    return 0;
}

ssize_t write(fd_t fd, const void* buffer, size_t count)
{
    (void)fd;
    (void)buffer;
    return (ssize_t)count;
}

static void check_tokens(const char* text)
{
    size_t length = strlen(text);
    lexer_t lexer;
    lexer_init(&lexer, text);
    const char* last_end = text;
    // Every token but the last takes at least one character.
    for (size_t n = 0; n <= length + 1; n++)
    {
        token_t token = lexer_next(&lexer);
        CHECK(token.start >= last_end && token.start + token.length <= text + length, "a token outside the text");
        last_end = token.start + token.length;
        if (token.kind == TOKEN_END || token.kind == TOKEN_INCOMPLETE)
        {
            return;
        }
        CHECK(token.length > 0, "an empty token");
    }
    fuzz_fail("the lexer does not end");
}

static void check_word(const word_t* word, const char* text, size_t length)
{
    CHECK(word->length > 0 && word->start >= text && word->start + word->length <= text + length,
        "a word outside the text");
}

static void check_tree(const shell_t* shell, const and_or_t* list, const char* text, arena_t* arena)
{
    size_t length = strlen(text);
    for (const and_or_t* and_or = list; and_or != NULL; and_or = and_or->next)
    {
        CHECK(and_or->text >= text && and_or->text + and_or->text_length <= text + length,
            "an and-or list's text outside the text");
        CHECK(and_or->pipelines != NULL && and_or->pipelines->connector == CONNECT_FIRST, "a bad and-or list");
        for (const pipeline_t* pipeline = and_or->pipelines; pipeline != NULL; pipeline = pipeline->next)
        {
            size_t commands = 0;
            for (const command_t* command = pipeline->commands; command != NULL; command = command->next)
            {
                commands++;
                CHECK(command->words != NULL || command->redirects != NULL, "an empty command");
                size_t words = 0;
                for (const word_t* word = command->words; word != NULL; word = word->next)
                {
                    check_word(word, text, length);
                    words++;
                }
                CHECK(words == command->word_count, "a command's word count is wrong");
                int argc = -1;
                char** argv = expand_arguments(shell, command->words, arena, &argc);
                CHECK(argv == NULL || (argc >= 0 && argv[argc] == NULL), "an argument array not ended by NULL");
                for (const redirect_t* redirect = command->redirects; redirect != NULL; redirect = redirect->next)
                {
                    check_word(&redirect->target, text, length);
                    CHECK(redirect->fd >= 0 && redirect->fd <= 999, "a redirection of a bad descriptor");
                    expand_single(shell, &redirect->target, arena);
                }
            }
            CHECK(commands == pipeline->command_count && commands > 0, "a pipeline's command count is wrong");
        }
    }
}

static parse_result_t parse_and_check(const shell_t* shell, const char* text)
{
    check_tokens(text);
    arena_t arena = ARENA_EMPTY;
    and_or_t* list = NULL;
    char error[128];
    error[0] = '\0';
    parse_result_t result = parse_text(text, &arena, &list, error, sizeof(error));
    CHECK(result == PARSE_OK || result == PARSE_INCOMPLETE || result == PARSE_ERROR, "an unknown parse result");
    if (result == PARSE_OK)
    {
        check_tree(shell, list, text, &arena);
    }
    CHECK(result != PARSE_ERROR || (error[0] != '\0' && memchr(error, '\0', sizeof(error)) != NULL),
        "a syntax error without a message");
    arena_free(&arena);
    return result;
}

// What exec_list is given is expanded as exec.c would.
static const shell_t* exec_shell;

void exec_list(shell_t* shell, const and_or_t* list, arena_t* arena)
{
    for (const and_or_t* and_or = list; and_or != NULL; and_or = and_or->next)
    {
        for (const pipeline_t* pipeline = and_or->pipelines; pipeline != NULL; pipeline = pipeline->next)
        {
            for (const command_t* command = pipeline->commands; command != NULL; command = command->next)
            {
                int argc;
                expand_arguments(exec_shell, command->words, arena, &argc);
            }
        }
    }
    shell->status = 0;
}

// Run @p input as a script through session.c; then, if it ends in a
// backslash (before a newline or not) and is complete without it, the
// session must not have called it cut short.
static void check_session(const shell_t* template, const char* input)
{
    shell_t shell = *template;
    exec_shell = &shell;
    ended_early = false;
    input_t in;
    input_from_string(&in, input);
    session_run(&shell, &in);

    size_t length = strlen(input);
    size_t cut = length;
    cut -= cut > 0 && input[cut - 1] == '\n';
    if (cut == 0 || input[cut - 1] != '\\' || (cut >= 2 && input[cut - 2] == '\\'))
    {
        return;
    }
    char* complete = malloc(cut);
    memcpy(complete, input, cut - 1);
    complete[cut - 1] = '\0';
    arena_t arena = ARENA_EMPTY;
    and_or_t* list;
    char error[128];
    ended_early = ended_early && parse_text(complete, &arena, &list, error, sizeof(error)) == PARSE_OK &&
                  strchr(complete, '\n') == NULL;
    arena_free(&arena);
    free(complete);
    CHECK(!ended_early, "a backslash-newline at the end of a script made it a syntax error");
}

void fuzz_shell(const char* input)
{
    char* argv[] = {"sh", "one", "two words", "", NULL};
    shell_t shell = {.status = 3, .argc = 4, .argv = argv, .last_background = 7, .self = "sh"};
    // The text as it is (a -c argument), then as session.c builds it.
    parse_and_check(&shell, input);
    size_t length = strlen(input);
    char* text = malloc(length + 2);
    size_t used = 0;
    for (const char* line = input; *line != '\0';)
    {
        size_t line_length = strcspn(line, "\n");
        memcpy(text + used, line, line_length);
        used += line_length;
        text[used++] = '\n';
        text[used] = '\0';
        line += line_length + (line[line_length] == '\n');
        if (parse_and_check(&shell, text) != PARSE_INCOMPLETE)
        {
            used = 0;
        }
    }
    free(text);
    check_session(&shell, input);
}
