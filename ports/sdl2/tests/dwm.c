// A dwm of the check's own, started with --test so that input can be
// injected (test-key, test-mouse) and the composed screen read back
// (test-probe), as tests/user/dwm_harness.c does for the desktop's tests.
#include "check.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <unistd.h>

#define NS_PER_MS 1000000ull

const char* dwm_begin(const char* name, pid_t* pid, pw_client_t** client)
{
    const char* argv[] = {"home:/bin/dwm", "--test", "--name", name, NULL};
    fd_t fds[2];
    char ready[8] = {0};

    *pid = -1;
    *client = NULL;
    CHECK(io_open2("sys:/pipe/new", fds) == 0, "pipe: %s", strerror(errno));
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, {STDERR_FILENO, STDERR_FILENO}, SPAWN_FD_END};
    pid_t child = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    if (child == -1)
    {
        close(fds[0]);
        return check_reason("spawn dwm: %s", strerror(errno));
    }
    // dwm prints "ready" once it listens.
    ssize_t got = read(fds[0], ready, 6);
    close(fds[0]);
    *pid = child;
    CHECK(got == 6 && strcmp(ready, "ready\n") == 0, "dwm said '%s'", ready);
    *client = pw_connect(name);
    CHECK(*client != NULL, "connect to %s: %s", name, strerror(errno));
    return NULL;
}

void dwm_end(pid_t pid, pw_client_t* client)
{
    int status;
    if (client != NULL)
    {
        pw_disconnect(client);
    }
    if (pid != -1)
    {
        process_kill(pid);
        process_wait(pid, &status);
    }
}

static int probe(pw_client_t* client, int32_t x, int32_t y, proto_msg_t* result)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_PROBE, .test_probe = {x, y}};
    return pw_request(client, &msg, PROTO_PROBE_RESULT, result);
}

uint32_t dwm_pixel_at(pw_client_t* client, int32_t x, int32_t y)
{
    proto_msg_t result;
    return probe(client, x, y, &result) == 0 ? result.probe.pixel & 0xFFFFFF : 0xDEADDEAD;
}

int dwm_windows(pw_client_t* client)
{
    proto_msg_t result;
    return probe(client, 0, 0, &result) == 0 ? (int)result.probe.windows : -1;
}

bool dwm_wait_windows(pw_client_t* client, int windows, uint32_t ms)
{
    uint64_t end = uptime() + ms * NS_PER_MS;
    do
    {
        if (dwm_windows(client) == windows)
        {
            return true;
        }
        sleep_ns(20 * NS_PER_MS);
    } while (uptime() < end);
    return false;
}

int dwm_send_key(pw_client_t* client, uint32_t type, uint32_t code)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_KEY, .test_key = {type, code}};
    return pw_send(client, &msg);
}

int dwm_send_mouse(pw_client_t* client, int32_t x, int32_t y, uint32_t buttons)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_MOUSE, .test_mouse = {x, y, buttons, 0}};
    return pw_send(client, &msg);
}

int dwm_send_wheel(pw_client_t* client, int32_t x, int32_t y, int32_t wheel)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_MOUSE, .test_mouse = {x, y, 0, wheel}};
    return pw_send(client, &msg);
}
