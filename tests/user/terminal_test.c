// Suite "terminal": the terminal emulator end to end. A dwm started with
// --test serves it; the terminal runs helpers/term_echo (coloured text,
// then an echo of what it reads) and this test, a dwm client too, looks
// at the composed screen with test-probe and types with test-key. The
// terminal's --dump FILE (the screen's text on the note "dump") shows
// what the program got. Then: the program's end ends the terminal, the
// window's close box ends it (and its program), and after that run dwm's
// pages, the shared memory and the free pages come back.
#include "capture.h"
#include "file_text.h"
#include "desktop_app.h"
#include "tap.h"

#include <patchwork/client.h>
#include <patchwork/grf.h>
#include <patchwork/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define DWM "home:/bin/dwm"
#define TERMINAL "home:/bin/terminal"
#define ECHO "home:/test/helpers/term_echo"
#define NAME "term-test"
#define DUMP "home:/terminal_test.txt"
#define FONT "home:/usr/share/fonts/mono-14.grf"
// What the terminal promises (programs/terminal: main.c, render.h).
#define WINDOW_X 40
#define WINDOW_Y 40
#define PAD 4
#define COLS 80
#define DEFAULT_BG 0xFF16181Du
#define DEFAULT_FG 0xFFD7DAE0u
#define CURSOR 0xFFF0C674u
#define RED 0xFFE06C75u
#define GREEN 0xFF98C379u
#define TIME_LIMIT_NS 30000000000ull

static pid_t dwm = -1;
static pw_client_t* client;
static int32_t cell_width, cell_height;
static long long baseline_pages = -1, baseline_free = -1, baseline_shm = -1;

// The composed pixel at (x, y), and how many clients and windows dwm has.
static int probe(int32_t x, int32_t y, proto_msg_t* result)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_PROBE, .test_probe = {x, y}};
    return pw_request(client, &msg, PROTO_PROBE_RESULT, result);
}

static uint32_t pixel_at(int32_t x, int32_t y)
{
    proto_msg_t result;
    return probe(x, y, &result) == 0 ? result.probe.pixel : 0xDEADu;
}

static int key(uint32_t type, uint32_t code)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_KEY, .test_key = {type, code}};
    return pw_send(client, &msg);
}

static int mouse(int32_t x, int32_t y, uint32_t buttons)
{
    proto_msg_t msg = {.header.type = PROTO_TEST_MOUSE, .test_mouse = {x, y, buttons, 0}};
    return pw_send(client, &msg);
}

// The screen position of the middle of cell (col, row)'s left half.
static int32_t cell_x(int col)
{
    return WINDOW_X + PAD + col * cell_width + cell_width / 3;
}

static int32_t cell_y(int row)
{
    return WINDOW_Y + PAD + row * cell_height + cell_height / 2;
}

// Pixels of exactly @p colour in @p count cells from (col, row).
static int cell_count(int col, int row, int count, uint32_t colour)
{
    int found = 0;
    for (int32_t y = 0; y < cell_height; y++)
    {
        for (int32_t x = 0; x < count * cell_width; x++)
        {
            found += pixel_at(WINDOW_X + PAD + col * cell_width + x, WINDOW_Y + PAD + row * cell_height + y) == colour;
        }
    }
    return found;
}

// Wait (asking again) until the probe gives @p colour at (x, y).
static bool wait_for_pixel(int32_t x, int32_t y, uint32_t colour)
{
    for (uint64_t deadline = uptime() + TIME_LIMIT_NS; uptime() < deadline; sleep_ns(20000000))
    {
        if (pixel_at(x, y) == colour)
        {
            return true;
        }
    }
    return false;
}

// Ask @p pid for its screen's text until it holds @p wanted.
static bool wait_for_dump(pid_t pid, const char* wanted, char* text, size_t size)
{
    text[0] = '\0';
    for (uint64_t deadline = uptime() + TIME_LIMIT_NS; uptime() < deadline; sleep_ns(50000000))
    {
        note_send(pid, "dump");
        sleep_ns(20000000);
        if (file_text(DUMP, text, size) > 0 && strstr(text, wanted) != NULL)
        {
            return true;
        }
    }
    return false;
}

// Wait up to the time limit for @p pid to exit, then collect it.
static bool wait_exit(pid_t pid, int* status)
{
    char path[64], text[512], state[16] = "";
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)pid);
    for (uint64_t deadline = uptime() + TIME_LIMIT_NS; uptime() < deadline; sleep_ns(20000000))
    {
        if (file_text(path, text, sizeof(text)) > 0 && text_value(text, "state", state, sizeof(state)) &&
            strcmp(state, "exited") == 0)
        {
            return process_wait(pid, status) == 0;
        }
    }
    return false;
}

// Wait (asking again) until dwm counts @p clients.
static bool clients_become(uint32_t clients)
{
    proto_msg_t result;
    for (uint64_t deadline = uptime() + TIME_LIMIT_NS; uptime() < deadline; sleep_ns(10000000))
    {
        if (probe(0, 0, &result) == 0 && result.probe.clients == clients)
        {
            return true;
        }
    }
    return false;
}

static long long dwm_pages(void)
{
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)dwm);
    return file_number(path, "pages");
}

static long long free_pages(void)
{
    return file_number("sys:/stat/mem", "free_pages");
}

// Pages missing from the free count without anything lost: this test's
// own growth and kernel heap pages holding no more live objects than
// before, spread over more slabs (dwm_test's rule, docs/fuzzing.md).
typedef struct
{
    long long own, heap, allocations;
} kept_t;

static kept_t baseline_kept;

static kept_t kept_now(void)
{
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)process_id());
    return (kept_t){file_number(path, "pages"),
        file_number("sys:/stat/mem", "heap_slab_pages") + file_number("sys:/stat/mem", "heap_large_pages"),
        file_number("sys:/stat/mem", "heap_allocations")};
}

static long long kept_growth(kept_t before, kept_t after)
{
    long long grown = after.own > before.own ? after.own - before.own : 0;
    if (after.allocations <= before.allocations && after.heap > before.heap)
    {
        grown += after.heap - before.heap;
    }
    return grown;
}

// Live shared-memory objects: the entries of sys:/shm but "new".
static long long shm_objects(void)
{
    fd_t dir = io_open("sys:/shm?dir");
    if (dir == -1)
    {
        return -1;
    }
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
    return got == 0 ? count : -1;
}

static const char* test_start(void)
{
    static char data[1 << 20];
    static grf_font_t font;
    ssize_t size = -1;
    fd_t fd = io_open(FONT);
    TAP_CHECK(fd != -1, "open " FONT ": %s", strerror(errno));
    size = read(fd, data, sizeof(data));
    close(fd);
    TAP_CHECK(size > 0 && grf_parse(&font, data, (size_t)size) == GRF_OK, "cannot read the font");
    cell_width = (int32_t)text_width(&font, "M", 1);
    cell_height = text_height(&font);
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    const char* argv[] = {DWM, "--test", "--name", NAME, NULL};
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, {STDERR_FILENO, STDERR_FILENO}, SPAWN_FD_END};
    pid_t child = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    TAP_CHECK(child != -1, "spawn dwm: %s", strerror(errno));
    char ready[8] = {0};
    ssize_t got = read(fds[0], ready, 6);
    close(fds[0]);
    TAP_CHECK(got == 6 && strcmp(ready, "ready\n") == 0, "dwm said '%s'", ready);
    dwm = child;
    client = pw_connect(NAME);
    TAP_CHECK(client != NULL, "connect: %s", strerror(errno));
    return NULL;
}

static const char* test_usage(void)
{
    const char* bad[][3] = {{TERMINAL, "--bogus", NULL}, {TERMINAL, "-e", NULL}, {TERMINAL, "--dwm", NULL}};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        capture_t result;
        const char* reason = capture_run(bad[i], NULL, NULL, &result);
        if (reason != NULL)
        {
            return reason;
        }
        TAP_CHECK(result.status == 2 && strstr(result.err, "usage: terminal") != NULL && result.out_length == 0,
                  "terminal %s: status %d, stderr '%s'", bad[i][1], result.status, capture_shown(result.err));
    }
    return NULL;
}

static pid_t terminal = -1;

static const char* test_shows_colours(void)
{
    TAP_CHECK(clients_become(1), "someone else is connected");
    remove(DUMP);
    const char* argv[] = {TERMINAL, "--dwm", NAME, "--dump", DUMP, "-e", ECHO, NULL};
    terminal = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(terminal != -1, "spawn the terminal: %s", strerror(errno));
    // The four green cells come last on the first line: once they show, all of it has.
    TAP_CHECK(wait_for_pixel(cell_x(5), cell_y(0), GREEN), "no green cells: %#x at cell (5, 0)",
              pixel_at(cell_x(5), cell_y(0)));
    TAP_CHECK(pixel_at(cell_x(40), cell_y(10)) == DEFAULT_BG, "an empty cell is %#x, not the background",
              pixel_at(cell_x(40), cell_y(10)));
    TAP_CHECK(pixel_at(WINDOW_X + 1, WINDOW_Y + 1) == DEFAULT_BG, "the padding is %#x",
              pixel_at(WINDOW_X + 1, WINDOW_Y + 1));
    int red = cell_count(0, 0, 3, RED);
    TAP_CHECK(red > 10, "\"RED\" has %d red pixels", red);
    int plain = cell_count(9, 0, 5, DEFAULT_FG);
    TAP_CHECK(plain > 10 && cell_count(9, 0, 5, RED) == 0, "\"plain\" has %d pixels of the default colour", plain);
    TAP_CHECK(cell_count(0, 1, 5, DEFAULT_FG) > 10, "no \"ready\" on the second line");
    TAP_CHECK(pixel_at(cell_x(0), cell_y(2)) == CURSOR, "no block cursor at the third line's start: %#x",
              pixel_at(cell_x(0), cell_y(2)));
    TAP_CHECK(pixel_at(cell_x(COLS - 1) + cell_width, cell_y(0)) == DEFAULT_BG, "the window is narrower than 80 cells");
    return NULL;
}

static const char* test_keys_reach_program(void)
{
    TAP_CHECK(terminal != -1, "no terminal");
    const uint32_t keys[] = {0x23, 0x17, 0x39, 0x2A, 0x1E, 0x1C}; // h i space Shift a Enter
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
    {
        TAP_CHECK_OK(key(PROTO_KEY_PRESS, keys[i]));
        if (keys[i] != 0x2A)
        {
            TAP_CHECK_OK(key(PROTO_KEY_RELEASE, keys[i]));
        }
    }
    TAP_CHECK_OK(key(PROTO_KEY_RELEASE, 0x2A));
    char text[8192];
    // The pty's cooked mode echoes the line as it is typed; the program's
    // answer follows once Enter hands it over.
    TAP_CHECK(wait_for_dump(terminal, "\nhi A\ngot hi A\n", text, sizeof(text)), "the screen says '%s'",
              capture_shown(text));
    TAP_CHECK(strncmp(text, "RED      plain\nready\n", 21) == 0, "the screen starts '%s'", capture_shown(text));
    // The cursor moved down with the text: the third line's start is the background again.
    TAP_CHECK(wait_for_pixel(cell_x(0), cell_y(4), CURSOR) && pixel_at(cell_x(0), cell_y(2)) != CURSOR,
              "the cursor did not move to the fifth line");
    return NULL;
}

static const char* test_ends_with_program(void)
{
    TAP_CHECK(terminal != -1, "no terminal");
    const uint32_t keys[] = {0x10, 0x16, 0x17, 0x14, 0x1C}; // q u i t Enter
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
    {
        TAP_CHECK_OK(key(PROTO_KEY_PRESS, keys[i]));
        TAP_CHECK_OK(key(PROTO_KEY_RELEASE, keys[i]));
    }
    int status = -1;
    TAP_CHECK(wait_exit(terminal, &status), "the terminal still runs after its program ended");
    terminal = -1;
    TAP_CHECK(status == 0, "the terminal exited with %d", status);
    char text[8192];
    TAP_CHECK(file_text(DUMP, text, sizeof(text)) > 0 && strstr(text, "\nbye\n") != NULL,
              "the screen at the end was '%s'", capture_shown(text));
    TAP_CHECK(clients_become(1), "the terminal's connection is still there");
    proto_msg_t result;
    TAP_CHECK(probe(0, 0, &result) == 0 && result.probe.windows == 0, "%u windows left", result.probe.windows);
    remove(DUMP);
    return NULL;
}

static const char* test_close_box(void)
{
    TAP_CHECK(clients_become(1), "someone else is connected");
    baseline_pages = dwm_pages();
    baseline_shm = shm_objects();
    baseline_free = free_pages();
    baseline_kept = kept_now();
    const char* argv[] = {TERMINAL, "--dwm", NAME, "-e", "home:/test/helpers/sleep_forever", NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn the terminal: %s", strerror(errno));
    TAP_CHECK(wait_for_pixel(cell_x(0), cell_y(0), CURSOR), "the terminal did not show its cursor");
    int32_t width = COLS * cell_width + 2 * PAD;
    TAP_CHECK_OK(mouse(desktop_close_x(WINDOW_X, width), desktop_close_y(WINDOW_Y), PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(mouse(desktop_close_x(WINDOW_X, width), desktop_close_y(WINDOW_Y), 0));
    int status = -1;
    TAP_CHECK(wait_exit(pid, &status), "the close box did not end the terminal");
    TAP_CHECK(status == 0, "the terminal exited with %d", status);
    TAP_CHECK(clients_become(1), "the terminal's connection is still there");
    return NULL;
}

// Once the terminal closed by its close box and its program are gone:
// dwm's pages, the shared memory and the free pages are as before it
// started. (Not around the first terminal's run: that one, whose program
// exits by itself after keys were typed, ends with one more live kernel
// allocation and 4 fewer free pages; see docs/desktop.md, "Terminal".)
static const char* test_memory_comes_back(void)
{
    TAP_CHECK(baseline_pages > 0 && baseline_shm >= 0 && baseline_free > 0, "no baseline");
    TAP_CHECK(clients_become(1), "the terminals' connections are still there");
    long long pages = dwm_pages();
    TAP_CHECK(pages == baseline_pages, "dwm had %lld pages, now %lld", baseline_pages, pages);
    long long shm = shm_objects();
    TAP_CHECK(shm == baseline_shm, "%lld shared-memory objects before, %lld now", baseline_shm, shm);
    long long after = free_pages();
    kept_t kept = kept_now();
    for (int tries = 0; tries < 20 && after + kept_growth(baseline_kept, kept) < baseline_free; tries++)
    {
        sleep_ns(50000000); // the last pages of exited processes may come back a moment later
        after = free_pages();
        kept = kept_now();
    }
    TAP_CHECK(after + kept_growth(baseline_kept, kept) >= baseline_free,
              "free pages %lld before, %lld after (%+lld; this test's pages %lld -> %lld, kernel heap pages "
              "%lld -> %lld, live allocations %lld -> %lld)",
              baseline_free, after, after - baseline_free, baseline_kept.own, kept.own, baseline_kept.heap, kept.heap,
              baseline_kept.allocations, kept.allocations);
    return NULL;
}

static const char* test_stop(void)
{
    TAP_CHECK(dwm != -1, "dwm did not start");
    if (client != NULL)
    {
        pw_disconnect(client);
        client = NULL;
    }
    TAP_CHECK_OK(process_kill(dwm));
    int status = -1;
    TAP_CHECK_OK(process_wait(dwm, &status));
    TAP_CHECK(status == EXIT_KILLED, "dwm exited with %d", status);
    return NULL;
}

int main(void)
{
    tap_suite("terminal");
    tap_run("start", test_start);
    tap_run("usage", test_usage);
    if (dwm != -1 && client != NULL)
    {
        tap_run("shows-colours", test_shows_colours);
        tap_run("keys-reach-program", test_keys_reach_program);
        tap_run("ends-with-program", test_ends_with_program);
        tap_run("close-box", test_close_box);
        tap_run("memory-comes-back", test_memory_comes_back);
    }
    if (terminal != -1)
    {
        process_kill(terminal);
        process_wait(terminal, NULL);
    }
    tap_run("stop", test_stop);
    return tap_exit_status();
}
