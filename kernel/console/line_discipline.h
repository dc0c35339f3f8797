// The console's cooked mode: turning typed bytes into lines, as a
// terminal does, with echo and the few editing keys everybody expects.
// A pure state machine, so the tests can type at it.
#ifndef KERNEL_CONSOLE_LINE_DISCIPLINE_H
#define KERNEL_CONSOLE_LINE_DISCIPLINE_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LDISC_LINE_MAX 512

typedef struct
{
    char line[LDISC_LINE_MAX];
    size_t length;
    uint8_t escape; /**< inside an escape sequence (an arrow key): 1 after ESC, 2 after ESC [ */
} ldisc_t;

/** What one typed byte did. */
typedef struct
{
    char echo[4];        /**< bytes to show */
    size_t echo_length;
    size_t erase;        /**< characters to rub out on the screen ("\b \b" each) */
    const char* line;    /**< a finished line for readers (in the ldisc: copy it before the next byte) */
    size_t line_length;  /**< with its '\n', or without it after ^D */
    bool end_of_file;    /**< ^D on an empty line: one read returns 0 */
    bool interrupt;      /**< ^C: the line was dropped; interrupt the foreground program */
} ldisc_step_t;

/** Feed one byte typed in cooked mode. */
void ldisc_feed(ldisc_t* ldisc, uint8_t byte, ldisc_step_t* step);

#endif
