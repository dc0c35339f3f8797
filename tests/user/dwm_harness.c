// What the tests of desktop programs share: starting a dwm (usually with
// --test) and driving it as a client: probing composed pixels, injecting
// keys and mouse events, waiting for events and for clients to come and go.
#include "dwm_harness.h"

#include "tap.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

// Start dwm with @p argv; *pid is -1 unless it said "ready".
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

// The composed pixel at (x, y), and how many clients and windows dwm has.
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

// The next event of @p type, skipping others; false if the stream ends
// first or nothing comes (dwm answers every probe, so the tests below
// only wait for events already sent).
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

// Wait (by asking again) until dwm counts @p clients; a disconnection
// is noticed when dwm next reads that client's stream.
bool dwm_clients_become(pw_client_t* client, uint32_t clients)
{
    proto_msg_t result;
    for (int i = 0; i < 100000; i++)
    {
        if (dwm_probe(client, 0, 0, &result) != 0)
        {
            return false;
        }
        if (result.probe.clients == clients)
        {
            return true;
        }
        sleep_ns(1000000);
    }
    return false;
}

