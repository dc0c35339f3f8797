// Suite "kill": ending a process always works, whatever its threads are
// doing, and gives back all it had.
//
// - A process whose threads are blocked in eight different ways (futex,
//   pipe read, pipe write, a file's lock, accept, poll, sleep, waiting for
//   a child) ends on a kill; so does one whose threads spin in user mode.
//   Each was a way for a kill to be lost: a wake-up that came before the
//   thread slept, a sleep that did not look at the interruption.
// - Notes and kills arriving while the target creates threads without
//   pause never meet a thread that is only half made (that panicked the
//   kernel), and a kill right after spawn ends the process too.
// - Free pages are back where they were afterwards.
//
// A process that does not end is reported after WAIT_LIMIT instead of
// hanging the run: it would never end (a lost wake-up), so the limit is
// only there to turn a hang into a message.
#include "file_text.h"
#include "tap.h"
#include "thread_join.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define MS 1000000ULL
#define WAIT_LIMIT (60000 * MS)
#define HELPER(name) "home:/test/helpers/" name
#define WAITER_STACK (16 * 1024)

typedef struct
{
    pid_t pid;
    int status;
    int result;
    volatile uint32_t done;
} waiter_t;

static uint8_t waiter_stack[WAITER_STACK] __attribute__((aligned(16)));

static void wait_for_it(void* argument)
{
    waiter_t* waiter = argument;
    waiter->result = process_wait(waiter->pid, &waiter->status) == 0 ? 0 : errno;
    thread_join_signal(&waiter->done);
}

// Wait for @p pid in a thread of our own, so a process that never ends
// gives a failure rather than a hung test. NULL when it ended; its status
// in *status, or -1 when @p orphan and it was gone before the wait began
// (nobody waits for an orphan: it leaves sys:/proc as it exits).
static const char* wait_bounded(pid_t pid, bool orphan, int* status)
{
    static waiter_t waiter;
    waiter = (waiter_t){.pid = pid, .status = -1};
    TAP_CHECK(thread_create_raw(wait_for_it, &waiter, waiter_stack + WAITER_STACK) != -1, "thread_create_raw: %s",
              strerror(errno));
    TAP_CHECK(thread_join_wait(&waiter.done, WAIT_LIMIT), "pid %d did not end within %llu s of the kill", (int)pid,
              WAIT_LIMIT / (1000 * MS));
    TAP_CHECK(waiter.result == 0 || (orphan && waiter.result == ENOENT), "process_wait(%d): %s", (int)pid,
              strerror(waiter.result));
    *status = waiter.status;
    return NULL;
}

// Spawn @p argv with stdout on a pipe and read its first line ("ready ...").
static pid_t spawn_until_ready(const char** argv, char* line, size_t size)
{
    fd_t fds[2];
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return -1;
    }
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    size_t length = 0;
    while (pid != -1 && length + 1 < size)
    {
        ssize_t got = read(fds[0], line + length, 1);
        if (got <= 0 || line[length] == '\n')
        {
            break;
        }
        length++;
    }
    line[length] = '\0';
    close(fds[0]);
    return pid;
}

static const char* kill_and_wait(pid_t pid)
{
    TAP_CHECK_OK(process_kill(pid));
    int status = -1;
    const char* failure = wait_bounded(pid, false, &status);
    if (failure != NULL)
    {
        return failure;
    }
    TAP_CHECK(status == EXIT_KILLED, "pid %d ended with status %d, not %d (killed)", (int)pid, status, EXIT_KILLED);
    return NULL;
}

// The same for an orphan, which may be gone before the wait begins.
static const char* kill_orphan(pid_t pid)
{
    TAP_CHECK_OK(process_kill(pid));
    int status = -1;
    const char* failure = wait_bounded(pid, true, &status);
    if (failure != NULL)
    {
        return failure;
    }
    TAP_CHECK(status == -1 || status == EXIT_KILLED, "pid %d ended with status %d, not %d (killed)", (int)pid, status,
              EXIT_KILLED);
    return NULL;
}

static long long free_pages(void)
{
    return file_number("sys:/stat/mem", "free_pages");
}

// The free pages once our own short-lived threads (the waiters) are gone:
// a thread's kernel stack and buffers are freed after it has left its CPU
// for good, a moment after it set its done flag. Counting before that
// would count them as taken.
static long long settled_free_pages(void)
{
    char path[48];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)process_id());
    for (int tries = 0; tries < 500 && file_number(path, "threads") > 1; tries++)
    {
        sleep_ns(10 * MS);
    }
    long long pages = free_pages();
    for (int tries = 0; tries < 50; tries++)
    {
        sleep_ns(10 * MS);
        long long again = free_pages();
        if (again == pages)
        {
            break;
        }
        pages = again;
    }
    return pages;
}

// Pages freed after a wait returns (a kernel stack, once its thread is off
// its CPU) may lag a little: look again a few times.
static const char* check_pages_back(long long before, const char* what)
{
    long long after = settled_free_pages();
    for (int tries = 0; tries < 20 && after != before; tries++)
    {
        sleep_ns(50 * MS);
        after = free_pages();
    }
    TAP_CHECK(after >= before, // more is earlier work reaped meanwhile; less is a leak
               "free_pages was %lld before %s and %lld after (%+lld)", before, what, after,
              after - before);
    return NULL;
}

// One process with every thread blocked; then the child it waited for.
static const char* kill_blocked_once(void)
{
    const char* argv[] = {HELPER("blocked_threads"), NULL};
    char line[32];
    pid_t pid = spawn_until_ready(argv, line, sizeof(line));
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    int child = -1;
    TAP_CHECK(sscanf(line, "ready %d", &child) == 1, "the helper said '%s'", line);
    sleep_ns(50 * MS); // let the threads get into their calls (a kill before is fine too)
    const char* failure = kill_and_wait(pid);
    if (failure != NULL)
    {
        return failure;
    }
    return kill_orphan(child); // orphaned, still asleep
}

static const char* test_blocked_threads(void)
{
    const char* failure = kill_blocked_once(); // warm-up: what the kernel keeps once made
    if (failure != NULL)
    {
        return failure;
    }
    long long before = settled_free_pages();
    for (int round = 0; round < 3; round++)
    {
        failure = kill_blocked_once();
        if (failure != NULL)
        {
            return tap_reason("round %d: %s", round, failure);
        }
    }
    return check_pages_back(before, "three processes with blocked threads were killed");
}

static const char* test_spinning_threads(void)
{
    const char* argv[] = {HELPER("blocked_threads"), "spin", "4", NULL};
    char line[32];
    pid_t pid = spawn_until_ready(argv, line, sizeof(line));
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    TAP_CHECK(strcmp(line, "ready 0") == 0, "the helper said '%s'", line);
    return kill_and_wait(pid);
}

// Notes by the thousand while the target makes threads, then the kill.
static const char* test_notes_during_thread_creation(void)
{
    long long before = -1;
    for (int round = 0; round < 4; round++)
    {
        if (round == 1)
        {
            before = settled_free_pages(); // round 0 warmed up
        }
        const char* argv[] = {HELPER("thread_churn"), NULL};
        char line[16];
        pid_t pid = spawn_until_ready(argv, line, sizeof(line));
        TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
        TAP_CHECK(strcmp(line, "ready") == 0, "the helper said '%s'", line);
        for (int i = 0; i < 2000; i++)
        {
            note_send(pid, "ping"); // EAGAIN when its queue is full: fine
        }
        const char* failure = kill_and_wait(pid);
        if (failure != NULL)
        {
            return tap_reason("round %d: %s", round, failure);
        }
    }
    return check_pages_back(before, "three thread-making processes got notes and a kill");
}

// The kill comes while the first threads are still being made, or before.
static const char* test_kill_right_after_spawn(void)
{
    for (int round = 0; round < 50; round++)
    {
        // Its "ready" goes into a pipe nobody reads (EPIPE), not our output.
        fd_t fds[2];
        TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
        const char* argv[] = {HELPER("thread_churn"), NULL};
        spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, SPAWN_FD_END};
        pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
        close(fds[0]);
        close(fds[1]);
        TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
        const char* failure = kill_and_wait(pid);
        if (failure != NULL)
        {
            return tap_reason("round %d: %s", round, failure);
        }
    }
    return NULL;
}

int main(void)
{
    tap_suite("kill");
    tap_run("blocked-threads-end", test_blocked_threads);
    tap_run("spinning-threads-end", test_spinning_threads);
    tap_run("notes-during-thread-creation", test_notes_during_thread_creation);
    tap_run("kill-right-after-spawn", test_kill_right_after_spawn);
    return tap_exit_status();
}
