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
#include "dwm_harness.h"
#include "dwm_memory.h"
#include "tap.h"

#include <patchwork/client.h>
#include <patchwork/load.h>
#include <patchwork/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define TERMINAL "home:/bin/terminal"
#define ECHO "home:/test/helpers/term_echo"
#define NAME "term-test"
#define DUMP "home:/terminal_test.txt"
#define FONT PW_FONT_DIR "/mono-14.grf"
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
#define TIME_LIMIT_MS DWM_WAIT_MS
#define TIME_LIMIT_NS (TIME_LIMIT_MS * 1000000ull)

static pid_t dwm = -1;
static pw_client_t* client;
static int32_t cell_width, cell_height;
static dwm_memory_t baseline;
static bool have_baseline;

static uint32_t pixel_at(int32_t x, int32_t y)
{
    return dwm_pixel(client, x, y);
}

static int key(uint32_t type, uint32_t code)
{
    return dwm_key(client, type, code);
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

static const char* test_start(void)
{
    static grf_font_t font;
    TAP_CHECK(pw_font_load(FONT, &font) == 0, "cannot read the font " FONT ": %s", strerror(errno));
    cell_width = (int32_t)text_width(&font, "M", 1);
    cell_height = text_height(&font);
    const char* reason = dwm_start(NAME, &dwm);
    if (reason != NULL)
    {
        return reason;
    }
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
    TAP_CHECK(dwm_clients_become(client, 1), "someone else is connected");
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
    TAP_CHECK(dwm_process_exits(terminal, TIME_LIMIT_MS, &status), "the terminal still runs after its program ended");
    terminal = -1;
    TAP_CHECK(status == 0, "the terminal exited with %d", status);
    char text[8192];
    TAP_CHECK(file_text(DUMP, text, sizeof(text)) > 0 && strstr(text, "\nbye\n") != NULL,
              "the screen at the end was '%s'", capture_shown(text));
    TAP_CHECK(dwm_clients_become(client, 1), "the terminal's connection is still there");
    proto_msg_t result;
    TAP_CHECK(dwm_probe(client, 0, 0, &result) == 0 && result.probe.windows == 0, "%u windows left", result.probe.windows);
    remove(DUMP);
    return NULL;
}

static const char* test_close_box(void)
{
    TAP_CHECK(dwm_clients_become(client, 1), "someone else is connected");
    baseline = dwm_memory(dwm);
    have_baseline = true;
    const char* argv[] = {TERMINAL, "--dwm", NAME, "-e", "home:/test/helpers/sleep_forever", NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn the terminal: %s", strerror(errno));
    TAP_CHECK(wait_for_pixel(cell_x(0), cell_y(0), CURSOR), "the terminal did not show its cursor");
    int32_t width = COLS * cell_width + 2 * PAD;
    TAP_CHECK_OK(dwm_click(client, dwm_close_x(WINDOW_X, width), dwm_close_y(WINDOW_Y)));
    int status = -1;
    TAP_CHECK(dwm_process_exits(pid, TIME_LIMIT_MS, &status), "the close box did not end the terminal");
    TAP_CHECK(status == 0, "the terminal exited with %d", status);
    TAP_CHECK(dwm_clients_become(client, 1), "the terminal's connection is still there");
    return NULL;
}

// Once the terminal closed by its close box and its program are gone:
// dwm's pages, the shared memory and the free pages are as before it
// started. (Not around the first terminal's run: that one, whose program
// exits by itself after keys were typed, ends with one more live kernel
// allocation and 4 fewer free pages; see docs/desktop.md, "Terminal".)
static const char* test_memory_comes_back(void)
{
    TAP_CHECK(have_baseline, "no baseline");
    TAP_CHECK(dwm_clients_become(client, 1), "the terminals' connections are still there");
    return dwm_memory_back(dwm, baseline);
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
