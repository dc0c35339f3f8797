// Driving a dwm from the desktop's tests (dwm_harness.h): starting it and
// its clients, probing composed pixels, injecting keys and the mouse,
// waiting for events, for clients to come and go and for programs to end.
#include "dwm_harness.h"

#include "tap.h"

#include "../../programs/fuzz/procinfo.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define NS_PER_MS 1000000ull

const char* dwm_spawn(const char** argv, pid_t* pid)
{
    fd_t fds[2];
    *pid = -1;
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, {STDERR_FILENO, STDERR_FILENO}, SPAWN_FD_END};
    pid_t child = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    TAP_CHECK(child != -1, "spawn dwm: %s", strerror(errno));
    char ready[8] = {0};
    ssize_t got = read(fds[0], ready, 6);
    close(fds[0]);
    TAP_CHECK(got == 6 && strcmp(ready, "ready\n") == 0, "dwm said '%s'", ready);
    *pid = child;
    return NULL;
}

const char* dwm_start(const char* name, pid_t* pid)
{
    const char* argv[] = {"home:/bin/dwm", "--test", "--name", name, NULL};
    return dwm_spawn(argv, pid);
}

const char* dwm_spawn_app(const char** argv, pid_t* pid)
{
    *pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(*pid != -1, "spawn %s: %s", argv[0], strerror(errno));
    return NULL;
}

int dwm_probe(pw_client_t* client, int32_t x, int32_t y, proto_msg_t* result)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_PROBE, .test_probe = {x, y}};
    return pw_request(client, &msg, PROTO_PROBE_RESULT, result);
}

uint32_t dwm_pixel(pw_client_t* client, int32_t x, int32_t y)
{
    proto_msg_t result;
    return dwm_probe(client, x, y, &result) == 0 ? result.probe.pixel : 0xDEADu;
}

int dwm_mouse(pw_client_t* client, int32_t x, int32_t y, uint32_t buttons)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_MOUSE, .test_mouse = {x, y, buttons, 0}};
    return pw_send(client, &msg);
}

int dwm_key(pw_client_t* client, uint32_t type, uint32_t code)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_KEY, .test_key = {type, code}};
    return pw_send(client, &msg);
}

int dwm_key_tap(pw_client_t* client, uint32_t code)
{
    return dwm_key(client, PROTO_KEY_PRESS, code) == -1 ? -1 : dwm_key(client, PROTO_KEY_RELEASE, code);
}

int dwm_click(pw_client_t* client, int32_t x, int32_t y)
{
    return dwm_mouse(client, x, y, PROTO_BUTTON_LEFT) == -1 ? -1 : dwm_mouse(client, x, y, 0);
}

// dwm's frame (programs/dwm/dwm.h): a 1-pixel border and a 24-pixel
// title bar above the content; the 14-pixel close box sits 5 pixels in
// from the bar's right end, centred in the bar.
int32_t dwm_close_x(int32_t x, int32_t width)
{
    return x + width - 5 - 7;
}

int32_t dwm_close_y(int32_t y)
{
    return y - 12;
}

bool dwm_next_of(pw_client_t* client, uint32_t type, proto_msg_t* event)
{
    while (pw_next_event(client, event, 0) == 1)
    {
        if (event->header.type == type)
        {
            return true;
        }
    }
    return false;
}

void dwm_fill(pw_window_t* window, proto_rect_t r, uint32_t colour)
{
    uint32_t stride;
    uint32_t* pixels = pw_window_pixels(window, &stride);
    for (uint32_t y = 0; y < r.height; y++)
    {
        for (uint32_t x = 0; x < r.width; x++)
        {
            pixels[(r.y + y) * stride + r.x + x] = colour;
        }
    }
}

bool dwm_wait_counts(pw_client_t* client, int windows, int clients, uint32_t timeout_ms)
{
    uint64_t end = uptime() + (uint64_t)timeout_ms * NS_PER_MS;
    proto_msg_t result;
    do
    {
        if (dwm_probe(client, 0, 0, &result) != 0)
        {
            return false;
        }
        if ((windows < 0 || result.probe.windows == (uint32_t)windows) &&
            (clients < 0 || result.probe.clients == (uint32_t)clients))
        {
            return true;
        }
        sleep_ns(10 * NS_PER_MS);
    } while (uptime() < end);
    return false;
}

bool dwm_clients_become(pw_client_t* client, uint32_t clients)
{
    return dwm_wait_counts(client, -1, (int)clients, DWM_WAIT_MS);
}

// The fuzzer's bounded wait (programs/fuzz/procinfo.c): process_wait
// itself has no timeout.
bool dwm_process_exits(pid_t pid, uint32_t timeout_ms, int* status)
{
    return procinfo_wait(pid, (uint64_t)timeout_ms * NS_PER_MS, status);
}

const char* dwm_wait_exit(pw_client_t* client, pid_t pid, uint32_t timeout_ms, int* status)
{
    const char* why = NULL;
    if (!dwm_wait_counts(client, 0, 1, timeout_ms))
    {
        why = "the program did not close its window and leave dwm; killed";
    }
    else if (!dwm_process_exits(pid, timeout_ms, status))
    {
        why = "the program left dwm but did not exit; killed";
    }
    if (why != NULL)
    {
        process_kill(pid);
        process_wait(pid, status);
        return tap_reason("%s", why);
    }
    return NULL;
}
