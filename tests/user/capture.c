#include "capture.h"

#include "tap.h"

#include <stdbool.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>

#define TIME_LIMIT_NS 30000000000ULL

static char out_text[CAPTURE_MAX + 1], err_text[CAPTURE_MAX + 1];

// Read what is waiting on @p fd into @p text (keeping at most CAPTURE_MAX
// bytes); false at the end of the pipe.
static bool drain(fd_t fd, char* text, size_t* length)
{
    char chunk[4096];
    ssize_t got = read(fd, chunk, sizeof(chunk));
    if (got <= 0)
    {
        return false;
    }
    size_t keep = (size_t)got < CAPTURE_MAX - *length ? (size_t)got : CAPTURE_MAX - *length;
    memcpy(text + *length, chunk, keep);
    *length += keep;
    text[*length] = '\0';
    return true;
}

static const char* run(const char** argv, const char* input, const char* cwd, const char* stop_text, int stop_count,
    capture_t* result)
{
    *result = (capture_t){.pid = -1, .status = -1, .out = out_text, .err = err_text};
    out_text[0] = err_text[0] = '\0';
    fd_t in[2], out[2], err[2];
    if (io_open2("sys:/pipe/new", in) == -1 || io_open2("sys:/pipe/new", out) == -1 || io_open2("sys:/pipe/new", err) == -1)
    {
        return tap_reason("open2 sys:/pipe/new: %s", strerror(errno)); // (a few descriptors leak)
    }
    // The input fits in the pipe, so it can be written before the program runs.
    if (input != NULL && write(in[1], input, strlen(input)) != (ssize_t)strlen(input))
    {
        return tap_reason("writing the input: %s", strerror(errno));
    }
    close(in[1]);
    spawn_fd_t fds[] = {{STDIN_FILENO, in[0]}, {STDOUT_FILENO, out[1]}, {STDERR_FILENO, err[1]}, SPAWN_FD_END};
    result->pid = spawn(argv, fds, cwd, PRIORITY_INHERIT);
    int spawn_error = errno;
    close(in[0]);
    close(out[1]);
    close(err[1]);
    if (result->pid == -1)
    {
        close(out[0]);
        close(err[0]);
        return tap_reason("spawn %s: %s", argv[0], strerror(spawn_error));
    }
    uint64_t deadline = uptime() + TIME_LIMIT_NS;
    bool out_open = true, err_open = true, killed = false;
    while (out_open || err_open)
    {
        pollfd_t fds_to_poll[2] = {{out_open ? out[0] : -1, POLL_READ, 0}, {err_open ? err[0] : -1, POLL_READ, 0}};
        uint64_t now = uptime();
        if (now >= deadline && !killed)
        {
            process_kill(result->pid);
            killed = true;
            tap_note("%s ran for too long and was killed", argv[0]);
        }
        pollfd_t* first = out_open ? &fds_to_poll[0] : &fds_to_poll[1];
        size_t count = out_open && err_open ? 2 : 1;
        if (io_poll(first, count, killed ? 1000000000ULL : deadline - now) <= 0)
        {
            continue;
        }
        if (out_open && fds_to_poll[0].revents != 0)
        {
            out_open = drain(out[0], out_text, &result->out_length);
        }
        if (err_open && fds_to_poll[1].revents != 0)
        {
            err_open = drain(err[0], err_text, &result->err_length);
            if (stop_text != NULL && !killed && capture_count(err_text, stop_text) >= stop_count)
            {
                process_kill(result->pid);
                killed = true;
            }
        }
    }
    close(out[0]);
    close(err[0]);
    if (process_wait(result->pid, &result->status) == -1)
    {
        return tap_reason("process_wait for %s: %s", argv[0], strerror(errno));
    }
    return NULL;
}

const char* capture_run(const char** argv, const char* input, const char* cwd, capture_t* result)
{
    return run(argv, input, cwd, NULL, 0, result);
}

const char* capture_run_until(const char** argv, const char* text, int count, capture_t* result)
{
    return run(argv, NULL, NULL, text, count, result);
}

int capture_count(const char* haystack, const char* needle)
{
    int count = 0;
    for (const char* at = strstr(haystack, needle); at != NULL; at = strstr(at + strlen(needle), needle))
    {
        count++;
    }
    return count;
}

const char* capture_shown(const char* text)
{
    static char buffers[2][100];
    static int which;
    char* shown = buffers[which ^= 1];
    size_t length = 0;
    for (; *text != '\0' && length < sizeof(buffers[0]) - 8; text++)
    {
        unsigned char c = (unsigned char)*text;
        if (c == '\n')
        {
            length += (size_t)snprintf(shown + length, 8, "\\n");
        }
        else if (c == 0x1b)
        {
            length += (size_t)snprintf(shown + length, 8, "\\e");
        }
        else if (c < ' ' || c >= 0x7f)
        {
            length += (size_t)snprintf(shown + length, 8, "\\x%02x", c);
        }
        else
        {
            shown[length++] = (char)c;
        }
    }
    shown[length] = '\0';
    if (*text != '\0')
    {
        strcpy(shown + length, "...");
    }
    return shown;
}
