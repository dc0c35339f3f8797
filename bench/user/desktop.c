// home:/bench/desktop: the desktop's costs, one "BENCH name value unit"
// line each (times from uptime()):
//   desktop_fullscreen_fps   a window covering the screen, redrawn and
//                            damaged whole every frame, each frame waited
//                            for (sync) until dwm has put it on sys:/fb/0
//   desktop_compose_ms       the same frame's cost on dwm's side alone
//                            (damage and sync, the pixels unchanged)
//   desktop_input_latency_us a key injected into a dwm --test until a
//                            probe sees the pixel the client drew for it
//   desktop_window_kib       the memory a 400x300 window takes, all told (its
//                            shared surface, both mappings' page tables, dwm's
//                            and the client's bookkeeping): free pages before
//                            and after eight of them
// Exits with 1, after a "# " line saying why, if something fails.
#include <patchwork/client.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define FRAMES_NS 3000000000ull
#define LATENCY_ROUNDS 30
#define WINDOWS 8

static int fail(const char* what)
{
    printf("# bench desktop: %s\n", what);
    return 1;
}

// Start dwm with @p argv and wait for its "ready"; -1 if it does not say it.
static pid_t start_dwm(const char** argv)
{
    fd_t fds[2];
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return -1;
    }
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, {STDERR_FILENO, STDERR_FILENO}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    char ready[8] = {0};
    ssize_t got = pid == -1 ? -1 : read(fds[0], ready, 6);
    close(fds[0]);
    return got == 6 && strcmp(ready, "ready\n") == 0 ? pid : -1;
}

static void stop_dwm(pid_t pid)
{
    int status;
    process_kill(pid);
    process_wait(pid, &status);
}

static void fill(pw_window_t* window, uint32_t colour)
{
    uint32_t stride;
    uint32_t* pixels = pw_window_pixels(window, &stride);
    for (uint32_t y = 0; y < pw_window_height(window); y++)
    {
        for (uint32_t x = 0; x < pw_window_width(window); x++)
        {
            pixels[(size_t)y * stride + x] = colour;
        }
    }
}

// Frames per second (redraw: the client fills every pixel first) and the
// time of one frame.
static int frames(pw_client_t* client, pw_window_t* window, bool redraw, uint64_t* per_s, uint64_t* frame_ns)
{
    proto_rect_t all = {0, 0, pw_window_width(window), pw_window_height(window)};
    uint64_t start = uptime(), count = 0;
    while (uptime() - start < FRAMES_NS)
    {
        if (redraw)
        {
            fill(window, 0xFF000000u | (uint32_t)(count * 0x010203u));
        }
        if (pw_window_damage(window, &all, 1) == -1 || pw_sync(client) == -1)
        {
            return -1;
        }
        count++;
    }
    uint64_t elapsed = uptime() - start;
    *per_s = count * 1000000000ull / elapsed;
    *frame_ns = elapsed / (count ? count : 1);
    return 0;
}

static int bench_frames(void)
{
    const char* argv[] = {"home:/bin/dwm", "--name", "bench-screen", NULL};
    pid_t dwm = start_dwm(argv);
    pw_client_t* client = dwm == -1 ? NULL : pw_connect("bench-screen");
    pw_window_t* window = client == NULL ? NULL
                          : pw_window_create_kind(client, 0, 0, pw_screen_width(client), pw_screen_height(client), "",
                                                  PROTO_WINDOW_BACKGROUND);
    uint64_t fps = 0, frame_ns = 0, compose_fps = 0, compose_ns = 0;
    int result = window == NULL ? -1 : frames(client, window, true, &fps, &frame_ns);
    result = result == -1 ? -1 : frames(client, window, false, &compose_fps, &compose_ns);
    if (client != NULL)
    {
        printf("# screen %ux%u\n", pw_screen_width(client), pw_screen_height(client));
    }
    pw_disconnect(client);
    if (dwm != -1)
    {
        stop_dwm(dwm);
    }
    if (result == -1)
    {
        return fail("no full-screen window on a dwm with the screen");
    }
    printf("BENCH desktop_fullscreen_fps %llu frames/s\n", (unsigned long long)fps);
    printf("BENCH desktop_compose_ms %llu.%02llu ms\n", (unsigned long long)(compose_ns / 1000000),
           (unsigned long long)(compose_ns / 10000 % 100));
    return 0;
}

static uint32_t probe(pw_client_t* client, int32_t x, int32_t y)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_PROBE, .test_probe = {x, y}}, result;
    return pw_request(client, &msg, PROTO_PROBE_RESULT, &result) == 0 ? result.probe.pixel : 0;
}

// The app answers each key by filling its window with a new colour; the
// injector times from sending the key to seeing that colour on the screen.
static int bench_latency(pw_client_t* app, pw_window_t* window, pw_client_t* injector, uint64_t* average_ns)
{
    proto_rect_t all = {0, 0, pw_window_width(window), pw_window_height(window)};
    uint64_t total = 0;
    for (uint32_t round = 1; round <= LATENCY_ROUNDS; round++)
    {
        uint32_t colour = 0xFF000000u | (round * 0x050A0Fu);
        uint64_t start = uptime();
        proto_msg_t key = {.header.type = PROTO_TEST_KEY, .test_key = {PROTO_KEY_PRESS, 0x1E}};
        if (pw_send(injector, &key) == -1)
        {
            return -1;
        }
        proto_msg_t event;
        do
        {
            if (pw_next_event(app, &event, 2000000000ull) != 1)
            {
                return -1;
            }
        } while (event.header.type != PROTO_KEY_EVENT);
        fill(window, colour);
        pw_window_damage(window, &all, 1);
        while (probe(injector, 110, 110) != colour)
        {
            if (uptime() - start > 2000000000ull)
            {
                return -1;
            }
        }
        total += uptime() - start;
        key.test_key.type = PROTO_KEY_RELEASE;
        pw_send(injector, &key);
    }
    *average_ns = total / LATENCY_ROUNDS;
    return 0;
}

// A number from a "name value" line of a sys: file; -1 if absent.
static long long file_number(const char* path, const char* name)
{
    char text[1024];
    fd_t fd = io_open(path);
    ssize_t got = fd == -1 ? -1 : read(fd, text, sizeof(text) - 1);
    if (fd != -1)
    {
        close(fd);
    }
    if (got <= 0)
    {
        return -1;
    }
    text[got] = '\0';
    size_t length = strlen(name);
    for (const char* at = strstr(text, name); at != NULL; at = strstr(at + 1, name))
    {
        if ((at == text || at[-1] == '\n') && at[length] == ' ')
        {
            return atoll(at + length + 1);
        }
    }
    return -1;
}

static int bench_test_dwm(void)
{
    const char* argv[] = {"home:/bin/dwm", "--test", "--name", "bench-test", NULL};
    pid_t dwm = start_dwm(argv);
    pw_client_t* app = dwm == -1 ? NULL : pw_connect("bench-test");
    pw_client_t* injector = app == NULL ? NULL : pw_connect("bench-test");
    pw_window_t* window = injector == NULL ? NULL : pw_window_create(app, 100, 100, 200, 150, "latency");
    uint64_t latency = 0;
    int result = window == NULL ? -1 : bench_latency(app, window, injector, &latency);
    long long before = result == -1 ? -1 : file_number("sys:/stat/mem", "free_pages");
    pw_window_t* windows[WINDOWS] = {0};
    for (int i = 0; i < WINDOWS && result == 0; i++)
    {
        windows[i] = pw_window_create(app, 20 * i, 20 * i, 400, 300, "memory");
        result = windows[i] == NULL || pw_sync(app) == -1 ? -1 : 0;
    }
    long long after = result == -1 ? -1 : file_number("sys:/stat/mem", "free_pages");
    pw_disconnect(injector);
    pw_disconnect(app);
    if (dwm != -1)
    {
        stop_dwm(dwm);
    }
    if (result == -1 || before < 0 || after < 0)
    {
        return fail("no dwm --test to time keys and count pages");
    }
    printf("BENCH desktop_input_latency_us %llu us\n", (unsigned long long)(latency / 1000));
    printf("BENCH desktop_window_kib %lld KiB\n", (before - after) * 4 / WINDOWS);
    return 0;
}

int main(void)
{
    int failed = bench_frames();
    failed |= bench_test_dwm();
    return failed;
}
