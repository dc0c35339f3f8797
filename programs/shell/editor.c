#include "editor.h"

#include <string.h>

enum
{
    ESCAPE_NONE,
    ESCAPE_STARTED,  /**< after ESC */
    ESCAPE_SEQUENCE, /**< after ESC [ or ESC O: parameters, then a final byte */
};

#define CONTROL(letter) ((letter) - '@')
#define KEY_ESCAPE 0x1b
#define KEY_DELETE 0x7f

void editor_init(editor_t* editor)
{
    memset(editor, 0, sizeof(*editor));
}

void editor_begin(editor_t* editor, const history_t* history)
{
    editor->line[0] = '\0';
    editor->length = 0;
    editor->cursor = 0;
    editor->history = history;
    editor->history_position = history != NULL ? history->count : 0;
    editor->escape_state = ESCAPE_NONE;
}

static void editor_insert(editor_t* editor, char c)
{
    if (editor->length + 1 >= EDITOR_MAX)
    {
        return; // full: the key is dropped
    }
    memmove(editor->line + editor->cursor + 1, editor->line + editor->cursor, editor->length - editor->cursor + 1);
    editor->line[editor->cursor++] = c;
    editor->length++;
}

// Delete @p count bytes starting at @p at.
static void editor_delete(editor_t* editor, size_t at, size_t count)
{
    memmove(editor->line + at, editor->line + at + count, editor->length - at - count + 1);
    editor->length -= count;
    if (editor->cursor > at + count)
    {
        editor->cursor -= count;
    }
    else if (editor->cursor > at)
    {
        editor->cursor = at;
    }
}

static void editor_set_line(editor_t* editor, const char* text)
{
    size_t length = strlen(text);
    length = length < EDITOR_MAX - 1 ? length : EDITOR_MAX - 1;
    memcpy(editor->line, text, length);
    editor->line[length] = '\0';
    editor->length = length;
    editor->cursor = length;
}

// Show history entry @p position (count: the draft again).
static void editor_show_history(editor_t* editor, size_t position)
{
    const history_t* history = editor->history;
    if (history == NULL || position > history->count || position == editor->history_position)
    {
        return;
    }
    if (editor->history_position == history->count)
    {
        strcpy(editor->draft, editor->line);
    }
    editor->history_position = position;
    editor_set_line(editor, position == history->count ? editor->draft : history_get(history, position));
}

static void editor_history_up(editor_t* editor)
{
    if (editor->history_position > 0)
    {
        editor_show_history(editor, editor->history_position - 1);
    }
}

static void editor_history_down(editor_t* editor)
{
    editor_show_history(editor, editor->history_position + 1);
}

static void editor_delete_word(editor_t* editor)
{
    size_t start = editor->cursor;
    while (start > 0 && editor->line[start - 1] == ' ')
    {
        start--;
    }
    while (start > 0 && editor->line[start - 1] != ' ')
    {
        start--;
    }
    editor_delete(editor, start, editor->cursor - start);
}

// The final byte of ESC [ ... or ESC O ...
static void editor_escape_final(editor_t* editor, unsigned char final)
{
    const char* parameter = editor->escape_parameter;
    switch (final)
    {
    case 'A':
        editor_history_up(editor);
        break;
    case 'B':
        editor_history_down(editor);
        break;
    case 'C':
        editor->cursor += editor->cursor < editor->length;
        break;
    case 'D':
        editor->cursor -= editor->cursor > 0;
        break;
    case 'H':
        editor->cursor = 0;
        break;
    case 'F':
        editor->cursor = editor->length;
        break;
    case '~':
        if (strcmp(parameter, "1") == 0 || strcmp(parameter, "7") == 0)
        {
            editor->cursor = 0;
        }
        else if (strcmp(parameter, "4") == 0 || strcmp(parameter, "8") == 0)
        {
            editor->cursor = editor->length;
        }
        else if (strcmp(parameter, "3") == 0 && editor->cursor < editor->length)
        {
            editor_delete(editor, editor->cursor, 1);
        }
        break;
    default:
        break; // a key the editor does not use
    }
}

// A byte inside an escape sequence: true if it was used up there.
static bool editor_escape(editor_t* editor, unsigned char byte)
{
    if (editor->escape_state == ESCAPE_STARTED)
    {
        if (byte == '[' || byte == 'O')
        {
            editor->escape_state = ESCAPE_SEQUENCE;
            editor->escape_parameter_length = 0;
            editor->escape_parameter[0] = '\0';
            return true;
        }
        editor->escape_state = ESCAPE_NONE;
        return false; // ESC alone: the byte after it is a key of its own
    }
    if ((byte >= '0' && byte <= '9') || byte == ';')
    {
        if (editor->escape_parameter_length + 1 < sizeof(editor->escape_parameter))
        {
            editor->escape_parameter[editor->escape_parameter_length++] = (char)byte;
            editor->escape_parameter[editor->escape_parameter_length] = '\0';
        }
        return true;
    }
    editor->escape_state = ESCAPE_NONE;
    if (byte >= 0x40 && byte <= 0x7e)
    {
        editor_escape_final(editor, byte);
    }
    return true;
}

editor_status_t editor_feed(editor_t* editor, unsigned char byte)
{
    bool after_cr = editor->after_cr;
    editor->after_cr = byte == '\r';
    if (editor->escape_state != ESCAPE_NONE && editor_escape(editor, byte))
    {
        return EDITOR_MORE;
    }
    switch (byte)
    {
    case '\n':
        if (after_cr)
        {
            return EDITOR_MORE; // the second half of CR LF
        }
        return EDITOR_DONE;
    case '\r':
        return EDITOR_DONE;
    case KEY_ESCAPE:
        editor->escape_state = ESCAPE_STARTED;
        return EDITOR_MORE;
    case KEY_DELETE:
    case CONTROL('H'):
        if (editor->cursor > 0)
        {
            editor_delete(editor, editor->cursor - 1, 1);
        }
        return EDITOR_MORE;
    case CONTROL('C'):
        return EDITOR_CANCEL;
    case CONTROL('D'):
        if (editor->length == 0)
        {
            return EDITOR_END;
        }
        if (editor->cursor < editor->length)
        {
            editor_delete(editor, editor->cursor, 1);
        }
        return EDITOR_MORE;
    case CONTROL('A'):
        editor->cursor = 0;
        return EDITOR_MORE;
    case CONTROL('E'):
        editor->cursor = editor->length;
        return EDITOR_MORE;
    case CONTROL('B'):
        editor_escape_final(editor, 'D');
        return EDITOR_MORE;
    case CONTROL('F'):
        editor_escape_final(editor, 'C');
        return EDITOR_MORE;
    case CONTROL('P'):
        editor_history_up(editor);
        return EDITOR_MORE;
    case CONTROL('N'):
        editor_history_down(editor);
        return EDITOR_MORE;
    case CONTROL('U'):
        editor_delete(editor, 0, editor->length);
        return EDITOR_MORE;
    case CONTROL('K'):
        editor_delete(editor, editor->cursor, editor->length - editor->cursor);
        return EDITOR_MORE;
    case CONTROL('W'):
        editor_delete_word(editor);
        return EDITOR_MORE;
    default:
        if (byte >= 0x20 && byte < KEY_DELETE)
        {
            editor_insert(editor, (char)byte); // printable ASCII: one column each, which redrawing relies on
        }
        return EDITOR_MORE;
    }
}
