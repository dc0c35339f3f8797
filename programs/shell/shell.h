// The state of one shell: what expansions read ($?, $$, $1...) and what
// the builtins change.
#ifndef SHELL_SHELL_H
#define SHELL_SHELL_H 1

#include <stdbool.h>
#include <sys/types.h>

/** Exit statuses the shell itself gives. */
#define STATUS_SYNTAX 2      /**< a syntax error, a bad option */
#define STATUS_CANNOT_RUN 126 /**< found, but not something spawn can start */
#define STATUS_NOT_FOUND 127 /**< no such command */
#define STATUS_INTERRUPTED 130 /**< a line abandoned with ^C */

typedef struct
{
    int status;           /**< $?: the last command's exit status */
    bool exiting;         /**< the exit builtin ran: stop and exit with status */
    bool interactive;     /**< a person types the commands: prompts, job reports */
    int argc;             /**< positional parameters: $0 (argv[0]) ... */
    char** argv;
    pid_t last_background; /**< $!: the last background pipeline's last process; 0 if none */
    const char* self;     /**< this program's path, to start background shells */
    struct history* history; /**< the lines typed at the prompt; NULL when not interactive */
} shell_t;

/** Print "shell: " and a message on stderr, with a newline. */
void shell_error(const char* format, ...) __attribute__((format(printf, 1, 2)));

#endif
