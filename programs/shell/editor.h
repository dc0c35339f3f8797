// The line editor's logic, apart from any terminal: bytes as typed go in,
// the line and its cursor come out. terminal.c draws it; editor_replay.c
// lets tests drive it through a pipe.
//
// Keys: printable characters insert; Backspace (DEL or ^H) deletes before
// the cursor and Delete (ESC [ 3 ~) or ^D at it; Left/Right (ESC [ D / C,
// ^B/^F) move; Home/End (ESC [ H / F, ESC [ 1 ~ / 4 ~, ^A/^E); Up/Down
// (ESC [ A / B, ^P/^N) walk the history, keeping what was being typed as
// the newest entry; ^U clears the line, ^K deletes to its end, ^W the word
// before the cursor; ^C abandons the line; ^D on an empty line is the end
// of input; Enter is CR or LF (an LF right after a CR is the same Enter).
#ifndef SHELL_EDITOR_H
#define SHELL_EDITOR_H 1

#include "history.h"

#include <stdbool.h>
#include <stddef.h>

/** The longest line, in bytes, plus one. */
#define EDITOR_MAX 1024

typedef enum
{
    EDITOR_MORE,   /**< keep feeding */
    EDITOR_DONE,   /**< Enter: the line is ready */
    EDITOR_CANCEL, /**< ^C: the line was abandoned */
    EDITOR_END,    /**< ^D on an empty line */
} editor_status_t;

typedef struct
{
    char line[EDITOR_MAX]; /**< null-terminated */
    size_t length;
    size_t cursor; /**< 0 to length */

    const history_t* history;
    size_t history_position; /**< the entry shown; history->count: the line being typed */
    char draft[EDITOR_MAX];  /**< the line being typed, while history is shown */

    int escape_state; /**< where in an escape sequence the input is */
    char escape_parameter[8];
    size_t escape_parameter_length;
    bool after_cr; /**< the last byte was CR (kept across lines) */
} editor_t;

/** A fresh editor. */
void editor_init(editor_t* editor);

/** Start a new, empty line, with @p history (may be NULL) for Up and Down. */
void editor_begin(editor_t* editor, const history_t* history);

/** Take one byte typed. */
editor_status_t editor_feed(editor_t* editor, unsigned char byte);

#endif
