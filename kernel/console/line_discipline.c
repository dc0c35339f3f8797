// Keys (as a terminal sends them): Enter is CR or LF; Backspace is DEL
// (0x7F) or BS; ^U drops the line, ^C drops it and interrupts, ^D ends the
// input (on an empty line) or sends the line without its newline. Escape
// sequences (arrows, Home, ...) mean nothing to a line being cooked, so
// they are swallowed instead of being echoed as "[A".
#include "line_discipline.h"

#include <string.h>

#define KEY_INTERRUPT 0x03 // ^C
#define KEY_END_OF_FILE 0x04 // ^D
#define KEY_BACKSPACE 0x08
#define KEY_KILL_LINE 0x15 // ^U
#define KEY_ESCAPE 0x1B
#define KEY_DELETE 0x7F

static void ldisc_echo(ldisc_step_t* step, const char* text)
{
    size_t length = strlen(text);
    memcpy(step->echo, text, length);
    step->echo_length = length;
}

// A character on the screen may be several bytes of UTF-8: drop the
// continuation bytes (10xxxxxx) and then the byte that started it.
static void ldisc_rub_out(ldisc_t* ldisc, ldisc_step_t* step)
{
    if (ldisc->length == 0)
    {
        return;
    }
    while (ldisc->length > 1 && ((uint8_t)ldisc->line[ldisc->length - 1] & 0xC0) == 0x80)
    {
        ldisc->length--;
    }
    ldisc->length--;
    step->erase = 1;
}

// Count characters, not bytes, for the screen.
static size_t ldisc_columns(const ldisc_t* ldisc)
{
    size_t columns = 0;
    for (size_t i = 0; i < ldisc->length; i++)
    {
        columns += ((uint8_t)ldisc->line[i] & 0xC0) != 0x80;
    }
    return columns;
}

static void ldisc_finish(ldisc_t* ldisc, ldisc_step_t* step)
{
    step->line = ldisc->line;
    step->line_length = ldisc->length;
    ldisc->length = 0;
}

// Inside ESC [ ...: parameters and intermediates (0x20-0x3F) continue it,
// a final byte (0x40-0x7E) ends it. ESC followed by anything else is a
// two-byte sequence (Alt+key).
static void ldisc_escape(ldisc_t* ldisc, uint8_t byte)
{
    if (ldisc->escape == 1)
    {
        ldisc->escape = byte == '[' || byte == 'O' ? 2 : 0;
    }
    else if (byte >= 0x40 && byte <= 0x7E)
    {
        ldisc->escape = 0;
    }
}

void ldisc_feed(ldisc_t* ldisc, uint8_t byte, ldisc_step_t* step)
{
    *step = (ldisc_step_t){0};
    if (ldisc->escape != 0)
    {
        ldisc_escape(ldisc, byte);
        return;
    }
    switch (byte)
    {
    case '\r':
    case '\n':
        ldisc->line[ldisc->length++] = '\n'; // room kept: see the default case
        ldisc_finish(ldisc, step);
        ldisc_echo(step, "\n");
        return;
    case KEY_DELETE:
    case KEY_BACKSPACE:
        ldisc_rub_out(ldisc, step);
        return;
    case KEY_KILL_LINE:
        step->erase = ldisc_columns(ldisc);
        ldisc->length = 0;
        return;
    case KEY_INTERRUPT:
        ldisc->length = 0;
        step->interrupt = true;
        ldisc_echo(step, "^C\n");
        return;
    case KEY_END_OF_FILE:
        if (ldisc->length == 0)
        {
            step->end_of_file = true;
        }
        else
        {
            ldisc_finish(ldisc, step);
        }
        return;
    case KEY_ESCAPE:
        ldisc->escape = 1;
        return;
    default:
        if (byte < 0x20 && byte != '\t')
        {
            return; // other control keys do nothing in a line
        }
        if (ldisc->length + 1 >= LDISC_LINE_MAX)
        {
            return; // full: one byte stays free for the newline
        }
        ldisc->line[ldisc->length++] = (char)byte;
        step->echo[0] = (char)byte;
        step->echo_length = 1;
        return;
    }
}
