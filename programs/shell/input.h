// Where command lines come from: a string (-c, or a script read whole), a
// descriptor read line by line (a pipe, a file, the console without line
// editing), or the console with the line editor.
#ifndef SHELL_INPUT_H
#define SHELL_INPUT_H 1

#include "buffer.h"
#include "history.h"

#include <sys/types.h>

typedef enum
{
    INPUT_STRING,
    INPUT_DESCRIPTOR,
    INPUT_TERMINAL,
} input_kind_t;

typedef struct
{
    input_kind_t kind;
    const char* text; /**< INPUT_STRING: the text, and how far it was read */
    size_t position;
    fd_t fd;          /**< INPUT_DESCRIPTOR: read ahead, unused bytes kept */
    char pending[512];
    size_t pending_start;
    size_t pending_end;
    const history_t* history; /**< INPUT_TERMINAL: for Up and Down */
} input_t;

typedef enum
{
    INPUT_LINE,   /**< a line, without its newline */
    INPUT_CANCEL, /**< the person abandoned the line (^C) */
    INPUT_END,
} input_status_t;

void input_from_string(input_t* input, const char* text);
void input_from_descriptor(input_t* input, fd_t fd);
void input_from_terminal(input_t* input, const history_t* history);

/** The next line into @p line; @p prompt (NULL: none) is shown first. */
input_status_t input_read_line(input_t* input, const char* prompt, buffer_t* line);

#endif
