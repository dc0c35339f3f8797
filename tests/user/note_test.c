// Suite "note": notes through sys:/proc/[pid]/note. A handler runs for a
// note sent to ourselves; "interrupt" ends a process that has no handler
// and "kill" one that has; a child counts the notes it gets; registers
// and SIMD state survive handlers running in the middle of a computation.
#include "tap.h"

#include <stdint.h>
#include <sys/io.h>
#include <sys/proc.h>

#define CATCHER "home:/test/helpers/note_catcher"

static volatile int handled;
static char last_note[64];

static void on_note(const char* note)
{
    strncpy(last_note, note, sizeof(last_note) - 1);
    handled++;
}

static const char* test_handler_runs(void)
{
    TAP_CHECK_OK(note_handler(on_note));
    TAP_CHECK_OK(note_send(process_id(), "hello"));
    // Delivered on the way back from that write.
    TAP_CHECK(handled == 1, "the handler ran %d times", handled);
    TAP_CHECK(strcmp(last_note, "hello") == 0, "the handler got '%s'", last_note);
    TAP_CHECK_OK(note_handler(NULL));
    TAP_CHECK_OK(note_send(process_id(), "ignored")); // no handler: dropped
    TAP_CHECK(handled == 1, "a note without handler reached the old handler");
    char too_long[80];
    memset(too_long, 'x', sizeof(too_long) - 1);
    too_long[sizeof(too_long) - 1] = '\0';
    TAP_CHECK_ERRNO(note_send(process_id(), too_long), EINVAL);
    return NULL;
}

// Start the catcher and wait for its "ready".
static pid_t start_catcher(const char* mode)
{
    fd_t fds[2];
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return -1;
    }
    const char* argv[] = {CATCHER, mode, NULL};
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    char ready[8] = {0};
    if (pid != -1 && read(fds[0], ready, 6) != 6)
    {
        pid = -1;
    }
    close(fds[0]);
    return pid;
}

static const char* test_default_interrupt_ends(void)
{
    const char* argv[] = {"home:/test/helpers/sleep_forever", NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    TAP_CHECK_OK(note_send(pid, "interrupt"));
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(status == EXIT_KILLED, "exit status %d", status);
    return NULL;
}

static const char* test_kill_cannot_be_handled(void)
{
    pid_t pid = start_catcher("count");
    TAP_CHECK(pid != -1, "starting the catcher failed");
    TAP_CHECK_OK(process_kill(pid));
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(status == EXIT_KILLED, "exit status %d", status);
    return NULL;
}

static const char* test_child_counts_notes(void)
{
    pid_t pid = start_catcher("count");
    TAP_CHECK(pid != -1, "starting the catcher failed");
    for (int i = 0; i < 3; i++)
    {
        TAP_CHECK_OK(note_send(pid, "ping"));
        sleep_ns(20000000ULL); // the queue holds 8; let each one be taken
    }
    TAP_CHECK_OK(note_send(pid, "quit"));
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(status == 3, "the catcher counted %d pings", status);
    return NULL;
}

static const char* test_state_survives_handlers(void)
{
    pid_t pid = start_catcher("compute");
    TAP_CHECK(pid != -1, "starting the catcher failed");
    // Notes land at random points of its computation, while it runs in
    // user mode (an IPI or the timer brings it to the kernel).
    for (int i = 0; i < 100; i++)
    {
        char status_text[256] = {0};
        fd_t status_file = io_openf("sys:/proc/%lld/status", (long long)pid);
        if (status_file == -1)
        {
            break;
        }
        read(status_file, status_text, sizeof(status_text) - 1);
        close(status_file);
        if (strstr(status_text, "state exited") != NULL)
        {
            break; // it has had its five
        }
        note_send(pid, "ping"); // EAGAIN (queue full) just means it is busy
        sleep_ns(5000000ULL);
    }
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(status != 1, "the computation's result changed while notes were handled");
    TAP_CHECK(status == 0, "the catcher exited with %d (3: fewer than five notes were handled)", status);
    return NULL;
}

int main(void)
{
    tap_suite("note");
    tap_run("handler-runs", test_handler_runs);
    tap_run("default-interrupt-ends", test_default_interrupt_ends);
    tap_run("kill-cannot-be-handled", test_kill_cannot_be_handled);
    tap_run("child-counts-notes", test_child_counts_notes);
    tap_run("state-survives-handlers", test_state_survives_handlers);
    return tap_exit_status();
}
