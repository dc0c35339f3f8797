#include "input.h"

#include "terminal.h"

#include <errno.h>
#include <string.h>
#include <sys/io.h>

void input_from_string(input_t* input, const char* text)
{
    input->kind = INPUT_STRING;
    input->text = text;
    input->position = 0;
}

void input_from_descriptor(input_t* input, fd_t fd)
{
    input->kind = INPUT_DESCRIPTOR;
    input->fd = fd;
    input->pending_start = input->pending_end = 0;
}

void input_from_terminal(input_t* input, const history_t* history)
{
    input_from_descriptor(input, STDIN_FILENO);
    input->kind = INPUT_TERMINAL;
    input->history = history;
}

static input_status_t input_string_line(input_t* input, buffer_t* line)
{
    const char* start = input->text + input->position;
    if (*start == '\0')
    {
        return INPUT_END;
    }
    size_t length = strcspn(start, "\n");
    buffer_append(line, start, length);
    input->position += length + (start[length] == '\n');
    return INPUT_LINE;
}

// Read until a newline, keeping what follows it for the next line. The
// console in cooked mode gives one line per read; pipes and files give
// whatever is there.
static input_status_t input_descriptor_line(input_t* input, buffer_t* line)
{
    bool got_any = false;
    for (;;)
    {
        while (input->pending_start < input->pending_end)
        {
            char c = input->pending[input->pending_start++];
            if (c == '\n')
            {
                return INPUT_LINE;
            }
            buffer_append_char(line, c);
            got_any = true;
        }
        ssize_t got = read(input->fd, input->pending, sizeof(input->pending));
        if (got == -1 && errno == EINTR)
        {
            continue;
        }
        if (got <= 0)
        {
            return got_any ? INPUT_LINE : INPUT_END; // a last line without a newline still counts
        }
        input->pending_start = 0;
        input->pending_end = (size_t)got;
    }
}

input_status_t input_read_line(input_t* input, const char* prompt, buffer_t* line)
{
    buffer_clear(line);
    if (input->kind == INPUT_TERMINAL)
    {
        switch (terminal_read_line(prompt != NULL ? prompt : "", input->history, line))
        {
        case TERMINAL_LINE:
            return INPUT_LINE;
        case TERMINAL_CANCEL:
            return INPUT_CANCEL;
        case TERMINAL_END:
            return INPUT_END;
        case TERMINAL_UNAVAILABLE:
            input->kind = INPUT_DESCRIPTOR; // from now on, plain lines from the console
            break;
        }
    }
    if (prompt != NULL)
    {
        write(STDOUT_FILENO, prompt, strlen(prompt));
    }
    return input->kind == INPUT_STRING ? input_string_line(input, line) : input_descriptor_line(input, line);
}
