// The desktop programs' tests' shared part (desktop_app.h).
#include "desktop_app.h"

#include "file_text.h"
#include "tap.h"

#include <stdio.h>
#include <sys/io.h>

const char* desktop_start_dwm(const char* name, pid_t* pid)
{
    fd_t fds[2];
    *pid = -1;
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    const char* argv[] = {"home:/bin/dwm", "--test", "--name", name, NULL};
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

const char* desktop_spawn(const char** argv, pid_t* pid)
{
    *pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(*pid != -1, "spawn %s: %s", argv[0], strerror(errno));
    return NULL;
}

static int desktop_probe(pw_client_t* client, int32_t x, int32_t y, proto_msg_t* result)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_PROBE, .test_probe = {x, y}};
    return pw_request(client, &msg, PROTO_PROBE_RESULT, result);
}

uint32_t desktop_pixel(pw_client_t* client, int32_t x, int32_t y)
{
    proto_msg_t result;
    return desktop_probe(client, x, y, &result) == 0 ? result.probe.pixel : 0xDEADu;
}

bool desktop_wait_counts(pw_client_t* client, int windows, int clients, uint32_t timeout_ms)
{
    uint64_t end = uptime() + (uint64_t)timeout_ms * 1000000;
    proto_msg_t result;
    do
    {
        if (desktop_probe(client, 0, 0, &result) != 0)
        {
            return false;
        }
        if ((windows < 0 || result.probe.windows == (uint32_t)windows) &&
            (clients < 0 || result.probe.clients == (uint32_t)clients))
        {
            return true;
        }
        sleep_ns(10000000);
    } while (uptime() < end);
    return false;
}

int desktop_key(pw_client_t* client, uint32_t code)
{
    proto_msg_t press = {.header.type = PROTO_TEST_KEY, .test_key = {PROTO_KEY_PRESS, code}};
    proto_msg_t release = {.header.type = PROTO_TEST_KEY, .test_key = {PROTO_KEY_RELEASE, code}};
    return pw_send(client, &press) == -1 ? -1 : pw_send(client, &release);
}

int desktop_click(pw_client_t* client, int32_t x, int32_t y)
{
    proto_msg_t down = {.header.type = PROTO_TEST_MOUSE, .test_mouse = {x, y, PROTO_BUTTON_LEFT, 0}};
    proto_msg_t up = {.header.type = PROTO_TEST_MOUSE, .test_mouse = {x, y, 0, 0}};
    return pw_send(client, &down) == -1 ? -1 : pw_send(client, &up);
}

// dwm's frame (programs/dwm/dwm.h): a 1-pixel border and a 24-pixel
// title bar above the content; the 14-pixel close box sits 5 pixels in
// from the bar's right end, centred in the bar. These are its centre.
int32_t desktop_close_x(int32_t x, int32_t width)
{
    return x + width - 5 - 7;
}

int32_t desktop_close_y(int32_t y)
{
    return y - 12;
}

const char* desktop_wait_exit(pw_client_t* client, pid_t pid, uint32_t timeout_ms, int* status)
{
    if (!desktop_wait_counts(client, 0, 1, timeout_ms))
    {
        process_kill(pid);
        process_wait(pid, status);
        return tap_reason("the program did not close its window and leave dwm; killed");
    }
    TAP_CHECK_OK(process_wait(pid, status));
    return NULL;
}

desktop_memory_t desktop_memory(pid_t dwm)
{
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)dwm);
    desktop_memory_t memory = {.dwm_pages = file_number(path, "pages")};
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)process_id());
    memory.own = file_number(path, "pages");
    memory.free = file_number("sys:/stat/mem", "free_pages");
    memory.heap = file_number("sys:/stat/mem", "heap_slab_pages") + file_number("sys:/stat/mem", "heap_large_pages");
    memory.allocations = file_number("sys:/stat/mem", "heap_allocations");
    memory.shm = -1;
    fd_t dir = io_open("sys:/shm?dir");
    if (dir != -1)
    {
        long long count = 0;
        stat_t entries[16];
        ssize_t got;
        while ((got = io_readdir(dir, entries, 16)) > 0)
        {
            for (ssize_t i = 0; i < got; i++)
            {
                count += strcmp(entries[i].name, "new") != 0;
            }
        }
        close(dir);
        memory.shm = got == 0 ? count : -1;
    }
    return memory;
}

// Pages that may be missing from the free count without anything lost:
// this test's own growth, and kernel heap pages holding no more live
// objects than before, spread over more slabs (as dwm_test counts).
static long long desktop_kept(desktop_memory_t before, desktop_memory_t after)
{
    long long grown = after.own > before.own ? after.own - before.own : 0;
    if (after.allocations <= before.allocations && after.heap > before.heap)
    {
        grown += after.heap - before.heap;
    }
    return grown;
}

const char* desktop_memory_back(pid_t dwm, desktop_memory_t before)
{
    TAP_CHECK(before.dwm_pages > 0 && before.free > 0 && before.shm >= 0, "no baseline");
    desktop_memory_t after = desktop_memory(dwm);
    for (int tries = 0; tries < 20 && after.free + desktop_kept(before, after) < before.free; tries++)
    {
        sleep_ns(50000000);
        after = desktop_memory(dwm);
    }
    TAP_CHECK(after.dwm_pages == before.dwm_pages, "dwm had %lld pages, now %lld", before.dwm_pages, after.dwm_pages);
    TAP_CHECK(after.shm == before.shm, "%lld shared-memory objects before, %lld now", before.shm, after.shm);
    TAP_CHECK(after.free + desktop_kept(before, after) >= before.free,
              "free pages %lld before, %lld after (this test's pages %lld -> %lld, kernel heap pages %lld -> %lld, "
              "live allocations %lld -> %lld)",
              before.free, after.free, before.own, after.own, before.heap, after.heap, before.allocations,
              after.allocations);
    return NULL;
}
