// Suite "pty": the shell on a pseudo-terminal, as a terminal emulator
// runs it. This test is the screen side: it types at sys:/pty/<id>/screen
// and reads what the shell shows there; the shell has the tty as its
// stdin, stdout and stderr and TERMCTL naming the pty's ctl file. A
// command's output comes back, ^C interrupts the foreground program,
// closing the handle ends the shell, and the memory comes back. Only the
// pty's maker and its descendants may open its files.
#include "capture.h"
#include "file_text.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define SHELL "home:/bin/shell"
#define HOLDER "home:/test/helpers/pty_holder"
#define OPENER "home:/test/helpers/socket_helper" // "open PATH": exits with 0 or the errno
#define MS 1000000ULL
#define PROMPT "> \x1b[K" // the shell redraws its prompt and an empty line so
#define STEP_MS 30000     // for anything the shell must do (slow under TCG on a busy host)

typedef struct
{
    fd_t handle;
    fd_t screen;
    char id[24];
    pid_t shell;
    char seen[32768]; /**< everything the screen side read */
    size_t length;
} session_t;

static session_t session;

static const char* session_start(session_t* s)
{
    memset(s, 0, sizeof(*s));
    s->handle = io_open("sys:/pty/new");
    TAP_CHECK(s->handle != -1, "open sys:/pty/new: %s", strerror(errno));
    TAP_CHECK(read(s->handle, s->id, sizeof(s->id) - 1) > 0, "read the pty's id: %s", strerror(errno));
    s->screen = io_openf("sys:/pty/%s/screen?nonblock", s->id);
    fd_t tty = io_openf("sys:/pty/%s/tty", s->id);
    TAP_CHECK(s->screen != -1 && tty != -1, "open screen/tty: %s", strerror(errno));
    char termctl[64];
    snprintf(termctl, sizeof(termctl), "TERMCTL=sys:/pty/%s/ctl", s->id);
    const char* envp[] = {termctl, "PATH=home:/bin:home:/usr/bin", NULL};
    const char* argv[] = {SHELL, NULL};
    spawn_fd_t fds[] = {{STDIN_FILENO, tty}, {STDOUT_FILENO, tty}, {STDERR_FILENO, tty}, SPAWN_FD_END};
    s->shell = spawn_env(argv, envp, fds, NULL, PRIORITY_INHERIT);
    close(tty);
    TAP_CHECK(s->shell != -1, "spawn the shell: %s", strerror(errno));
    return NULL;
}

// Read the screen side until @p text shows after offset @p from; the
// offset just past it, or 0 when it did not come within @p timeout_ms.
static size_t session_await(session_t* s, size_t from, const char* text, uint64_t timeout_ms)
{
    uint64_t deadline = uptime() + timeout_ms * MS;
    for (;;)
    {
        s->seen[s->length] = '\0';
        const char* found = strstr(s->seen + from, text);
        if (found != NULL)
        {
            return (size_t)(found - s->seen) + strlen(text);
        }
        uint64_t now = uptime();
        if (now >= deadline || s->length + 1 >= sizeof(s->seen))
        {
            return 0;
        }
        pollfd_t poll = {.fd = s->screen, .events = POLL_READ, .revents = 0};
        io_poll(&poll, 1, deadline - now);
        ssize_t got = read(s->screen, s->seen + s->length, sizeof(s->seen) - 1 - s->length);
        if (got == 0)
        {
            return 0; // the programs are gone
        }
        s->length += got > 0 ? (size_t)got : 0;
    }
}

static bool session_type(session_t* s, const char* keys)
{
    return write(s->screen, keys, strlen(keys)) == (ssize_t)strlen(keys);
}

// Wait for @p pid (ours) to exit within @p timeout_ms; killed if it does not.
static bool wait_exited(pid_t pid, uint64_t timeout_ms, int* status)
{
    char path[64], text[256], state[16];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)pid);
    uint64_t deadline = uptime() + timeout_ms * MS;
    bool exited = false;
    while (!exited && uptime() < deadline)
    {
        exited = file_text(path, text, sizeof(text)) > 0 && text_value(text, "state", state, sizeof(state)) &&
                 strcmp(state, "exited") == 0;
        if (!exited)
        {
            sleep_ns(10 * MS);
        }
    }
    if (!exited)
    {
        process_kill(pid);
    }
    process_wait(pid, status);
    return exited;
}

// Close the screen side: the shell reads end of file and exits.
static const char* session_end(session_t* s)
{
    close(s->handle);
    close(s->screen);
    int status = -1;
    TAP_CHECK(wait_exited(s->shell, STEP_MS, &status), "the shell did not exit once the pty was closed");
    stat_t info;
    char path[64];
    snprintf(path, sizeof(path), "sys:/pty/%s", s->id);
    TAP_CHECK_ERRNO(io_stat(path, &info), ENOENT);
    return NULL;
}

// The child of @p parent whose command line holds @p word, or 0.
static pid_t child_running(pid_t parent, const char* word)
{
    fd_t dir = io_open("sys:/proc?dir");
    if (dir == -1)
    {
        return 0;
    }
    pid_t found = 0;
    stat_t entries[16];
    ssize_t got;
    while (found == 0 && (got = io_readdir(dir, entries, 16)) > 0)
    {
        for (ssize_t i = 0; i < got && found == 0; i++)
        {
            char path[64], text[256], value[16];
            snprintf(path, sizeof(path), "sys:/proc/%.24s/status", entries[i].name);
            if (file_text(path, text, sizeof(text)) <= 0 || !text_value(text, "parent", value, sizeof(value)) ||
                atoi(value) != parent)
            {
                continue;
            }
            snprintf(path, sizeof(path), "sys:/proc/%.24s/cmdline", entries[i].name);
            if (file_text(path, text, sizeof(text)) > 0 && strstr(text, word) != NULL)
            {
                found = atoi(entries[i].name);
            }
        }
    }
    close(dir);
    return found;
}

static const char* test_shell_runs_commands(void)
{
    session_t* s = &session;
    const char* failure = session_start(s);
    if (failure != NULL)
    {
        return failure;
    }
    size_t at = session_await(s, 0, PROMPT, STEP_MS);
    TAP_CHECK(at > 0, "no prompt; the screen showed '%s'", capture_shown(s->seen));
    TAP_CHECK(session_type(s, "echo hello\r"), "type: %s", strerror(errno));
    size_t output = session_await(s, at, "\nhello\r\n", STEP_MS);
    TAP_CHECK(output > 0, "no 'hello' line; the screen showed '%s'", capture_shown(s->seen + at));
    at = session_await(s, output, PROMPT, STEP_MS);
    TAP_CHECK(at > 0, "no prompt after echo; the screen showed '%s'", capture_shown(s->seen + output));

    // ^C while sleep runs: the prompt is back long before sleep would end.
    TAP_CHECK(session_type(s, "sleep 10\r"), "type: %s", strerror(errno));
    uint64_t deadline = uptime() + STEP_MS * MS;
    pid_t sleeper = 0;
    while ((sleeper = child_running(s->shell, "sleep")) == 0 && uptime() < deadline)
    {
        sleep_ns(5 * MS);
    }
    TAP_CHECK(sleeper != 0, "sleep did not start; the screen showed '%s'", capture_shown(s->seen + at));
    uint64_t start = uptime();
    TAP_CHECK(session_type(s, "\x03"), "type ^C: %s", strerror(errno));
    size_t interrupted = session_await(s, at, "^C\r\n", 5000);
    size_t prompt = interrupted > 0 ? session_await(s, interrupted, PROMPT, 5000) : 0;
    uint64_t waited_ms = (uptime() - start) / MS;
    TAP_CHECK(interrupted > 0, "^C was not echoed; the screen showed '%s'", capture_shown(s->seen + at));
    TAP_CHECK(prompt > 0, "no prompt %llu ms after ^C; the screen showed '%s'", (unsigned long long)waited_ms,
        capture_shown(s->seen + at));
    return session_end(s);
}

static long long free_pages(void)
{
    return file_number("sys:/stat/mem", "free_pages");
}

// A whole session, twice, after the first test warmed the caches: the
// free pages come back (the shells' last pages may take a moment).
static const char* test_memory_comes_back(void)
{
    long long before = free_pages();
    TAP_CHECK(before != -1, "no free_pages in sys:/stat/mem");
    for (int round = 0; round < 2; round++)
    {
        session_t* s = &session;
        const char* failure = session_start(s);
        if (failure != NULL)
        {
            return failure;
        }
        size_t at = session_await(s, 0, PROMPT, STEP_MS);
        TAP_CHECK(at > 0 && session_type(s, "echo round\r"), "no prompt; the screen showed '%s'", capture_shown(s->seen));
        TAP_CHECK(session_await(s, at, "\nround\r\n", STEP_MS) > 0, "no output; the screen showed '%s'", capture_shown(s->seen));
        failure = session_end(s);
        if (failure != NULL)
        {
            return failure;
        }
    }
    long long after = free_pages();
    for (int tries = 0; tries < 20 && after < before; tries++)
    {
        sleep_ns(50 * MS);
        after = free_pages();
    }
    TAP_CHECK(after >= before, "free pages %lld before, %lld after (%+lld)", before, after, after - before);
    return NULL;
}

// Our child may open our pty's files; we may not open another tree's.
static const char* test_only_descendants(void)
{
    fd_t handle = io_open("sys:/pty/new");
    char id[24] = {0};
    TAP_CHECK(handle != -1 && read(handle, id, sizeof(id) - 1) > 0, "sys:/pty/new: %s", strerror(errno));
    char path[64];
    snprintf(path, sizeof(path), "sys:/pty/%s/ctl", id);
    const char* argv[] = {OPENER, "open", path, NULL};
    int status = -1;
    pid_t child = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(child != -1 && process_wait(child, &status) == 0, "spawn/wait: %s", strerror(errno));
    close(handle);
    TAP_CHECK(status == 0, "our child could not open our pty (errno %d)", status);

    fd_t pipe[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", pipe));
    const char* holder_argv[] = {HOLDER, NULL};
    spawn_fd_t fds[] = {{STDOUT_FILENO, pipe[1]}, SPAWN_FD_END};
    pid_t holder = spawn(holder_argv, fds, NULL, PRIORITY_INHERIT);
    close(pipe[1]);
    char their_id[24] = {0};
    ssize_t got = holder != -1 ? read(pipe[0], their_id, sizeof(their_id) - 1) : -1;
    close(pipe[0]);
    char* newline = strchr(their_id, '\n');
    if (newline != NULL)
    {
        *newline = '\0';
    }
    int refused[3] = {0, 0, 0};
    const char* names[] = {"tty", "screen", "ctl"};
    for (int i = 0; i < 3 && got > 0; i++)
    {
        errno = 0;
        fd_t fd = io_openf("sys:/pty/%s/%s", their_id, names[i]);
        refused[i] = fd == -1 ? errno : 0;
        if (fd != -1)
        {
            close(fd);
        }
    }
    if (holder != -1)
    {
        process_kill(holder);
        process_wait(holder, NULL);
    }
    TAP_CHECK(got > 0, "the holder said nothing");
    for (int i = 0; i < 3; i++)
    {
        TAP_CHECK(refused[i] == EACCES, "opening another tree's %s gave errno %d", names[i], refused[i]);
    }
    return NULL;
}

int main(void)
{
    tap_suite("pty");
    tap_run("shell_runs_commands_and_control_c_interrupts", test_shell_runs_commands);
    tap_run("memory_comes_back", test_memory_comes_back);
    tap_run("only_descendants_open_its_files", test_only_descendants);
    return tap_exit_status();
}
