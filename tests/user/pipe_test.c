// Suite "pipe": pipes from io_open2("sys:/pipe/new"): data in order, end of
// file when the writers are gone, EPIPE when the readers are, "would
// block" with ?nonblock, poll, and pipes between processes (a child's
// output read through a pipe, a ping-pong with an echoing child).
#include "tap.h"

#include <stdint.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>

#define HELPER(name) "home:/test/helpers/" name
#define PING_PONGS 200

static const char* test_in_order_then_end_of_file(void)
{
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    TAP_CHECK(write(fds[1], "abc", 3) == 3 && write(fds[1], "def", 3) == 3, "write: %s", strerror(errno));
    TAP_CHECK_OK(close(fds[1]));
    char text[16] = {0};
    ssize_t got = read(fds[0], text, sizeof(text));
    ssize_t at_end = read(fds[0], text, sizeof(text));
    close(fds[0]);
    TAP_CHECK(got == 6 && memcmp(text, "abcdef", 6) == 0, "read %zd bytes '%s'", got, text);
    TAP_CHECK(at_end == 0, "read after the writer closed gave %zd, not end of file", at_end);
    return NULL;
}

static const char* test_write_without_reader(void)
{
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    TAP_CHECK_OK(close(fds[0]));
    TAP_CHECK_ERRNO(write(fds[1], "x", 1), EPIPE);
    close(fds[1]);
    return NULL;
}

static const char* test_nonblocking(void)
{
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new?nonblock", fds));
    char byte;
    TAP_CHECK_ERRNO(read(fds[0], &byte, 1), EAGAIN);
    static char block[70000];
    ssize_t filled = write(fds[1], block, sizeof(block));
    TAP_CHECK(filled > 0 && filled < (ssize_t)sizeof(block), "a non-blocking write of 70000 bytes gave %zd", filled);
    TAP_CHECK_ERRNO(write(fds[1], block, 1), EAGAIN);
    close(fds[0]);
    close(fds[1]);
    return NULL;
}

static const char* test_poll(void)
{
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    pollfd_t poll_fds[2] = {{fds[0], POLL_READ, 0}, {fds[1], POLL_WRITE, 0}};
    int ready = io_poll(poll_fds, 1, 0);
    TAP_CHECK(ready == 0 && poll_fds[0].revents == 0, "an empty pipe polled ready (%d, revents %#x)", ready,
        poll_fds[0].revents);
    ready = io_poll(&poll_fds[1], 1, 0);
    TAP_CHECK(ready == 1 && (poll_fds[1].revents & POLL_WRITE), "the writing end is not writable");
    TAP_CHECK(write(fds[1], "!", 1) == 1, "write: %s", strerror(errno));
    uint64_t start = uptime();
    ready = io_poll(poll_fds, 1, 1000000000ULL);
    TAP_CHECK(ready == 1 && (poll_fds[0].revents & POLL_READ), "data waiting but poll gave %d, revents %#x", ready,
        poll_fds[0].revents);
    TAP_CHECK(uptime() - start < 500000000ULL, "poll waited although data was there");
    close(fds[1]);
    close(fds[0]);
    return NULL;
}

// A child's stdout is the writing end: its output comes through the pipe,
// then end of file once it exits (our copy of the writing end is closed).
static const char* test_child_output(void)
{
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    const char* argv[] = {HELPER("echo_args"), "through", "a pipe", NULL};
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    close(fds[1]);
    char text[128] = {0};
    size_t total = 0;
    ssize_t got;
    while ((got = read(fds[0], text + total, sizeof(text) - 1 - total)) > 0)
    {
        total += (size_t)got;
    }
    close(fds[0]);
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    const char* expected = HELPER("echo_args") "\nthrough\na pipe\n";
    TAP_CHECK(got == 0, "read ended with %zd (%s)", got, strerror(errno));
    TAP_CHECK(strcmp(text, expected) == 0, "the pipe gave '%s'", text);
    TAP_CHECK(status == 0, "echo_args exited with %d", status);
    return NULL;
}

// One byte there and back, many times, with a child that echoes.
static const char* test_ping_pong(void)
{
    fd_t to_child[2], from_child[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", to_child));
    TAP_CHECK_OK(io_open2("sys:/pipe/new", from_child));
    const char* argv[] = {HELPER("pipe_echo"), NULL};
    spawn_fd_t map[] = {{STDIN_FILENO, to_child[0]}, {STDOUT_FILENO, from_child[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    close(to_child[0]);
    close(from_child[1]);
    const char* failure = NULL;
    for (int i = 0; i < PING_PONGS && failure == NULL; i++)
    {
        char sent = (char)('a' + i % 26), back = 0;
        if (write(to_child[1], &sent, 1) != 1 || read(from_child[0], &back, 1) != 1 || back != sent)
        {
            failure = tap_reason("round %d: sent '%c', got '%c' (%s)", i, sent, back, strerror(errno));
        }
    }
    close(to_child[1]); // the child sees end of file and exits
    char extra;
    ssize_t at_end = read(from_child[0], &extra, 1);
    close(from_child[0]);
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    if (failure != NULL)
    {
        return failure;
    }
    TAP_CHECK(at_end == 0, "after the child exited, read gave %zd", at_end);
    TAP_CHECK(status == 0, "pipe_echo exited with %d", status);
    return NULL;
}

// More than the pipe holds, to a child that counts it.
static const char* test_bulk_to_child(void)
{
    enum { total = 1 << 20 };
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    char count[24];
    snprintf(count, sizeof(count), "%d", total);
    const char* argv[] = {HELPER("pipe_sink"), count, NULL};
    spawn_fd_t map[] = {{STDIN_FILENO, fds[0]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    close(fds[0]);
    static char block[10000];
    size_t sent = 0;
    while (sent < total)
    {
        size_t length = total - sent < sizeof(block) ? total - sent : sizeof(block);
        ssize_t written = write(fds[1], block, length);
        if (written <= 0)
        {
            break;
        }
        sent += (size_t)written;
    }
    close(fds[1]);
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(sent == total, "wrote %zu of %d bytes", sent, total);
    TAP_CHECK(status == 0, "the child did not count %d bytes (status %d)", total, status);
    return NULL;
}

int main(void)
{
    tap_suite("pipe");
    tap_run("in-order-then-end-of-file", test_in_order_then_end_of_file);
    tap_run("write-without-reader", test_write_without_reader);
    tap_run("nonblocking", test_nonblocking);
    tap_run("poll", test_poll);
    tap_run("child-output", test_child_output);
    tap_run("ping-pong", test_ping_pong);
    tap_run("bulk-to-child", test_bulk_to_child);
    return tap_exit_status();
}
