#include "editor_replay.h"

#include "editor.h"
#include "history.h"

#include <sys/io.h>

static void editor_replay_report(const editor_t* editor, editor_status_t status)
{
    switch (status)
    {
    case EDITOR_DONE:
        writef(STDOUT_FILENO, "line %s\ncursor %zu\n", editor->line, editor->cursor);
        break;
    case EDITOR_CANCEL:
        writef(STDOUT_FILENO, "cancel\n");
        break;
    default:
        writef(STDOUT_FILENO, "end\n");
        break;
    }
}

int editor_replay(void)
{
    static editor_t editor;
    static history_t history = HISTORY_EMPTY;
    editor_init(&editor);
    editor_begin(&editor, &history);
    unsigned char keys[256];
    ssize_t got;
    while ((got = read(STDIN_FILENO, keys, sizeof(keys))) > 0)
    {
        for (ssize_t i = 0; i < got; i++)
        {
            editor_status_t status = editor_feed(&editor, keys[i]);
            if (status == EDITOR_MORE)
            {
                continue;
            }
            editor_replay_report(&editor, status);
            if (status == EDITOR_END)
            {
                return 0;
            }
            if (status == EDITOR_DONE)
            {
                history_add(&history, editor.line);
            }
            editor_begin(&editor, &history);
        }
    }
    editor_replay_report(&editor, EDITOR_END);
    return got == 0 ? 0 : 1;
}
