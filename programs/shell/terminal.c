#include "terminal.h"

#include "editor.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/io.h>
#include <sys/proc.h>

static fd_t terminal_consctl = -1;
static editor_t terminal_editor;

bool terminal_is_console(fd_t fd)
{
    pollfd_t poll_fd = {.fd = fd, .events = POLL_WRITE, .revents = 0};
    if (io_poll(&poll_fd, 1, 0) != 1 || !(poll_fd.revents & POLL_WRITE))
    {
        return false;
    }
    return seek(fd, 0, SEEK_CUR) == -1 && errno == ESPIPE;
}

// A terminal emulator running the shell on a pseudo-terminal names that
// terminal's ctl file in TERMCTL (docs/ipc.md, "Pseudo-terminals"); the
// commands are the console's.
bool terminal_open(void)
{
    const char* ctl = getenv("TERMCTL");
    terminal_consctl = io_open(ctl != NULL && ctl[0] != '\0' ? ctl : "sys:/consctl");
    editor_init(&terminal_editor);
    return terminal_consctl != -1;
}

static bool terminal_command(const char* command)
{
    return terminal_consctl != -1 && write(terminal_consctl, command, strlen(command)) != -1;
}

// Set by the note handler when ^C reached the shell while it held the
// foreground for a pipeline it was starting.
static volatile sig_atomic_t terminal_interrupted;

void terminal_set_foreground(pid_t pid)
{
    char command[32];
    snprintf(command, sizeof(command), "foreground %lld", (long long)pid);
    terminal_command(command); // an older kernel without it: ^C just does not reach the program
}

void terminal_claim_foreground(void)
{
    terminal_interrupted = 0;
    terminal_set_foreground(process_id());
}

void terminal_note_interrupt(void)
{
    terminal_interrupted = 1;
}

void terminal_hand_foreground(pid_t pid)
{
    terminal_set_foreground(pid);
    // A ^C typed before the line above went to the shell, whose handler
    // has run by now (a note is handled when a system call returns).
    if (terminal_interrupted && pid > 0)
    {
        note_send(pid, "interrupt");
    }
    terminal_interrupted = 0;
}

static void terminal_write(const buffer_t* text)
{
    size_t done = 0;
    while (done < text->length)
    {
        ssize_t written = write(STDOUT_FILENO, text->data + done, text->length - done);
        if (written == -1 && errno == EINTR)
        {
            continue;
        }
        if (written <= 0)
        {
            return;
        }
        done += (size_t)written;
    }
}

// Draw the prompt and the line from the start of the screen line, erase
// what was left of a longer one, and put the cursor back where it is in
// the line. Lines wider than the screen are not handled.
static void terminal_redraw(const char* prompt, buffer_t* out)
{
    const editor_t* editor = &terminal_editor;
    buffer_clear(out);
    buffer_append_string(out, "\r");
    buffer_append_string(out, prompt);
    buffer_append(out, editor->line, editor->length);
    buffer_append_string(out, "\x1b[K");
    if (editor->cursor < editor->length)
    {
        char move[24];
        snprintf(move, sizeof(move), "\x1b[%zuD", editor->length - editor->cursor);
        buffer_append_string(out, move);
    }
    terminal_write(out);
}

// Bytes read after the Enter that ended a line: the start of the next
// one (typed ahead, or pasted), fed to the editor before reading more.
static unsigned char terminal_pending[256];
static size_t terminal_pending_count;

// Feed typed bytes to the editor until the line is finished, keeping what
// came after it.
static editor_status_t terminal_feed(unsigned char* typed, size_t count)
{
    for (size_t i = 0; i < count; i++)
    {
        editor_status_t status = editor_feed(&terminal_editor, typed[i]);
        if (status != EDITOR_MORE)
        {
            size_t rest = count - i - 1;
            memmove(terminal_pending, typed + i + 1, rest);
            terminal_pending_count = rest;
            return status;
        }
    }
    terminal_pending_count = 0;
    return EDITOR_MORE;
}

static editor_status_t terminal_edit(const char* prompt, buffer_t* out)
{
    if (terminal_pending_count > 0)
    {
        unsigned char typed[sizeof(terminal_pending)];
        size_t count = terminal_pending_count;
        memcpy(typed, terminal_pending, count);
        editor_status_t status = terminal_feed(typed, count);
        if (status != EDITOR_MORE)
        {
            return status;
        }
        terminal_redraw(prompt, out);
    }
    for (;;)
    {
        unsigned char typed[sizeof(terminal_pending)];
        ssize_t got = read(STDIN_FILENO, typed, sizeof(typed));
        if (got == -1 && errno == EINTR)
        {
            continue;
        }
        if (got <= 0)
        {
            return EDITOR_END;
        }
        editor_status_t status = terminal_feed(typed, (size_t)got);
        if (status != EDITOR_MORE)
        {
            return status;
        }
        terminal_redraw(prompt, out);
    }
}

terminal_status_t terminal_read_line(const char* prompt, const history_t* history, buffer_t* line)
{
    if (!terminal_command("rawon"))
    {
        return TERMINAL_UNAVAILABLE;
    }
    buffer_t out = BUFFER_EMPTY;
    editor_begin(&terminal_editor, history);
    terminal_redraw(prompt, &out);
    editor_status_t status = terminal_edit(prompt, &out);
    if (status == EDITOR_DONE)
    {
        terminal_redraw(prompt, &out); // the cursor may be mid-line
    }
    buffer_clear(&out);
    buffer_append_string(&out, status == EDITOR_CANCEL ? "^C\r\n" : "\r\n");
    terminal_write(&out);
    buffer_free(&out);
    terminal_command("rawoff");
    buffer_clear(line);
    buffer_append(line, terminal_editor.line, terminal_editor.length);
    switch (status)
    {
    case EDITOR_DONE:
        return TERMINAL_LINE;
    case EDITOR_CANCEL:
        return TERMINAL_CANCEL;
    default:
        return TERMINAL_END;
    }
}
