// Suite "dwm": the window manager end to end. A dwm started with --test
// (composing into memory, answering test-probe with the composed pixel,
// taking test-key and test-mouse as input) serves clients made here with
// libpatchwork's client API and hostile ones (helpers/dwm_client): a
// window's pixels reach the screen where it was damaged, and only there;
// clicks focus, raise, drag and close; keys go to the focused window;
// garbage, lies, strangers' windows, a death mid-message and a thousand
// windows each end (or limit) only the client that did it; dwm's pages,
// the shared memory and the free pages come back once the clients are
// gone. And without --test, a window's pixels reach sys:/fb/0.
#include "dwm_harness.h"
#include "dwm_memory.h"
#include "file_text.h"
#include "tap.h"

#include <patchwork/client.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define DWM "home:/bin/dwm" // on the real screen: test_framebuffer
#define HELPER "home:/test/helpers/dwm_client"
#define NAME "dwm-test"
#define BACKGROUND 0xFF2E4A62u
// The title bar's top row (a gradient starts exactly at its first colour),
// TITLE_HEIGHT pixels above the content.
#define TITLE_FOCUSED 0xFF4A8AD8u
#define TITLE_UNFOCUSED 0xFF9AA0A8u
#define TITLE_HEIGHT 24

static pid_t dwm = -1;
// Taken with one client connected and no window; looked at again in the
// same state once the hostile clients are gone.
static dwm_memory_t baseline;
static bool have_baseline;
static pw_client_t* good;

static const char* start_dwm(void)
{
    return dwm_start(NAME, &dwm);
}

static const char* test_window_reaches_screen(void)
{
    pw_client_t* client = pw_connect(NAME);
    TAP_CHECK(client != NULL, "connect: %s", strerror(errno));
    TAP_CHECK(pw_screen_width(client) >= 320 && pw_screen_height(client) >= 200, "a %ux%u screen",
              pw_screen_width(client), pw_screen_height(client));
    pw_window_t* window = pw_window_create(client, 100, 100, 64, 48, "first");
    TAP_CHECK(window != NULL, "create a window: %s", strerror(errno));
    TAP_CHECK(dwm_pixel(client, 100 + 5, 100 + 5) == 0xFFFFFFFFu, "a new window is not white: %#x",
              dwm_pixel(client, 105, 105));
    TAP_CHECK(dwm_pixel(client, 100 + 2, 100 - TITLE_HEIGHT) == TITLE_FOCUSED, "no focused title bar: %#x",
              dwm_pixel(client, 100 + 2, 100 - TITLE_HEIGHT));
    TAP_CHECK(dwm_pixel(client, 99, 100) != BACKGROUND && dwm_pixel(client, 100 + 64 + 1, 100) == BACKGROUND,
              "the border is not where it should be");
    TAP_CHECK(dwm_pixel(client, 50, 300) == BACKGROUND, "background %#x", dwm_pixel(client, 50, 300));
    dwm_fill(window, (proto_rect_t){10, 10, 20, 10}, 0xFF123456u);
    TAP_CHECK(dwm_pixel(client, 115, 115) == 0xFFFFFFFFu, "pixels changed on the screen before any damage");
    proto_rect_t damage = {10, 10, 10, 10};
    TAP_CHECK_OK(pw_window_damage(window, &damage, 1));
    TAP_CHECK(dwm_pixel(client, 115, 115) == 0xFF123456u, "the damaged pixel is %#x", dwm_pixel(client, 115, 115));
    TAP_CHECK(dwm_pixel(client, 125, 115) == 0xFFFFFFFFu, "a pixel outside the damage was redrawn");
    TAP_CHECK_OK(pw_window_move(window, 200, 150));
    TAP_CHECK(dwm_pixel(client, 225, 165) == 0xFF123456u && dwm_pixel(client, 115, 115) == BACKGROUND,
              "the move did not show");
    TAP_CHECK_OK(pw_window_resize(window, 30, 20));
    dwm_fill(window, (proto_rect_t){0, 0, 30, 20}, 0xFF00FF00u);
    TAP_CHECK_OK(pw_window_damage(window, &(proto_rect_t){0, 0, 30, 20}, 1));
    TAP_CHECK(dwm_pixel(client, 229, 169) == 0xFF00FF00u && dwm_pixel(client, 240, 180) == BACKGROUND,
              "the resize did not show");
    pw_disconnect(client);
    return NULL;
}

static const char* test_input_routing(void)
{
    pw_client_t* a = pw_connect(NAME);
    pw_client_t* b = pw_connect(NAME);
    TAP_CHECK(a != NULL && b != NULL, "connect: %s", strerror(errno));
    TAP_CHECK(dwm_clients_become(a, 2), "the last test's client is still there");
    pw_window_t* wa = pw_window_create(a, 50, 50, 100, 100, "a");
    pw_window_t* wb = pw_window_create(b, 120, 120, 100, 100, "b");
    TAP_CHECK(wa != NULL && wb != NULL, "create: %s", strerror(errno));
    // b's attach (which gives b the focus) is handled before a's probe below.
    TAP_CHECK_OK(pw_sync(b));
    proto_msg_t event;
    TAP_CHECK(dwm_pixel(a, 60, 60) == 0xFFFFFFFFu, "a's window is not shown");
    // A window takes the keyboard when it is first attached, which dwm
    // reads from its own client's stream: b's probe comes after b's
    // attach, so after a was told it lost the focus.
    TAP_CHECK(dwm_pixel(b, 0, 0) != 0xDEADu, "probe");
    // A new window takes the keyboard, as if it had been clicked.
    TAP_CHECK(dwm_next_of(a, PROTO_FOCUS, &event) && event.focus.focused == 1, "the first window was not focused");
    TAP_CHECK(dwm_next_of(a, PROTO_FOCUS, &event) && event.focus.focused == 0, "a kept the focus");
    TAP_CHECK(dwm_next_of(b, PROTO_FOCUS, &event) && event.focus.focused == 1, "the new window b was not focused");
    // Keys go to b.
    // Input goes in through one connection and its probe's answer comes
    // after everything dwm did about it, events to others included.
    TAP_CHECK_OK(dwm_key(a, PROTO_KEY_PRESS, 0x1E));
    TAP_CHECK(dwm_pixel(a, 0, 0) != 0xDEADu, "probe");
    TAP_CHECK(dwm_next_of(b, PROTO_KEY_EVENT, &event) && event.key.code == 0x1E &&
                  event.key.window == pw_window_id(wb) && event.key.type == PROTO_KEY_PRESS && event.key.modifiers == 0,
              "b did not get its key");
    TAP_CHECK(!dwm_next_of(a, PROTO_KEY_EVENT, &event), "a got a key without the focus");
    // A click on a's visible part focuses and raises it, and a gets it.
    dwm_fill(wa, (proto_rect_t){0, 0, 100, 100}, 0xFFAA0000u);
    TAP_CHECK_OK(pw_window_damage(wa, &(proto_rect_t){0, 0, 100, 100}, 1));
    TAP_CHECK(dwm_pixel(a, 60, 60) == 0xFFAA0000u, "a's damage did not show");
    TAP_CHECK(dwm_pixel(a, 130, 130) == 0xFFFFFFFFu, "a's pixels show through b");
    TAP_CHECK_OK(dwm_mouse(b, 60, 70, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(b, 61, 71, 0));
    TAP_CHECK(dwm_pixel(b, 0, 0) != 0xDEADu, "probe");
    TAP_CHECK(dwm_next_of(a, PROTO_FOCUS, &event) && event.focus.focused == 1, "a did not get the focus");
    TAP_CHECK(dwm_next_of(a, PROTO_MOUSE_EVENT, &event) && event.mouse.x == 10 && event.mouse.y == 20 &&
                  event.mouse.buttons == PROTO_BUTTON_LEFT,
              "a's click: (%d, %d) buttons %u", event.mouse.x, event.mouse.y, event.mouse.buttons);
    TAP_CHECK(dwm_next_of(a, PROTO_MOUSE_EVENT, &event) && event.mouse.x == 11 && event.mouse.buttons == 0,
              "a's release");
    TAP_CHECK(dwm_next_of(b, PROTO_FOCUS, &event) && event.focus.focused == 0, "b was not told it lost the focus");
    TAP_CHECK(dwm_pixel(b, 130, 130) == 0xFFAA0000u, "a was not raised: %#x", dwm_pixel(b, 130, 130));
    TAP_CHECK(dwm_pixel(b, 170, 120 - TITLE_HEIGHT) == TITLE_UNFOCUSED, "b's title bar is %#x",
              dwm_pixel(b, 170, 120 - TITLE_HEIGHT));
    // Shift and a key now go to a, none to b.
    TAP_CHECK_OK(dwm_key(b, PROTO_KEY_PRESS, 0x2A));
    TAP_CHECK_OK(dwm_key(b, PROTO_KEY_PRESS, 0x1E));
    TAP_CHECK(dwm_pixel(b, 0, 0) != 0xDEADu, "probe");
    TAP_CHECK(!dwm_next_of(b, PROTO_KEY_EVENT, &event), "b got a key without the focus");
    TAP_CHECK(dwm_next_of(a, PROTO_KEY_EVENT, &event) && event.key.code == 0x2A, "a did not get shift");
    TAP_CHECK(dwm_next_of(a, PROTO_KEY_EVENT, &event) && event.key.code == 0x1E && event.key.modifiers == PROTO_MOD_SHIFT,
              "a's key without shift held: modifiers %u", event.key.modifiers);
    TAP_CHECK_OK(dwm_key(b, PROTO_KEY_RELEASE, 0x2A));
    // A click on b's visible part raises it again.
    TAP_CHECK_OK(dwm_mouse(a, 200, 200, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(a, 200, 200, 0));
    TAP_CHECK(dwm_pixel(a, 130, 130) == 0xFFFFFFFFu, "b was not raised: %#x", dwm_pixel(a, 130, 130));
    // Dragging b's title bar moves it.
    TAP_CHECK_OK(dwm_mouse(a, 150, 110, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(a, 250, 210, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(a, 250, 210, 0));
    TAP_CHECK(dwm_pixel(a, 225, 225) == 0xFFFFFFFFu && dwm_pixel(a, 205, 205) == BACKGROUND,
              "b was not dragged: %#x %#x", dwm_pixel(a, 225, 225), dwm_pixel(a, 205, 205));
    // The close box (dwm_close_x) asks b's client; the window stays until it closes it.
    TAP_CHECK_OK(dwm_mouse(a, dwm_close_x(220, 100), dwm_close_y(220), PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(a, 0, 0, 0));
    TAP_CHECK(dwm_pixel(a, 0, 0) != 0xDEADu, "probe");
    TAP_CHECK(dwm_next_of(b, PROTO_CLOSE_REQUEST, &event) && event.close_request.window == pw_window_id(wb),
              "no close request");
    TAP_CHECK_OK(pw_window_close(wb));
    TAP_CHECK(dwm_pixel(b, 225, 225) == BACKGROUND, "b's window is still shown");
    pw_disconnect(a);
    pw_disconnect(b);
    return NULL;
}

static const char* test_hostile_clients(void)
{
    good = pw_connect(NAME);
    TAP_CHECK(good != NULL, "connect: %s", strerror(errno));
    TAP_CHECK(dwm_clients_become(good, 1), "earlier clients are still there");
    baseline = dwm_memory(dwm);
    have_baseline = true;
    pw_window_t* window = pw_window_create(good, 40, 300, 50, 40, "good");
    TAP_CHECK(window != NULL, "create: %s", strerror(errno));
    dwm_fill(window, (proto_rect_t){0, 0, 50, 40}, 0xFF0000FFu);
    TAP_CHECK_OK(pw_window_damage(window, &(proto_rect_t){0, 0, 50, 40}, 1));
    char id[16];
    snprintf(id, sizeof(id), "%u", pw_window_id(window));
    const char* modes[] = {"garbage", "oversized", "version", "nohello", "steal", "midmessage", "many"};
    for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
    {
        const char* argv[] = {HELPER, NAME, modes[i], id, NULL};
        pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
        int status = -1;
        TAP_CHECK(pid != -1 && process_wait(pid, &status) == 0, "spawn %s: %s", modes[i], strerror(errno));
        TAP_CHECK(status == 0, "the %s client exited with %d", modes[i], status);
        TAP_CHECK(dwm_clients_become(good, 1), "the %s client was not dropped", modes[i]);
        proto_msg_t result;
        TAP_CHECK(dwm_probe(good, 60, 320, &result) == 0 && result.probe.pixel == 0xFF0000FFu && result.probe.windows == 1,
                  "after %s: pixel %#x, %u windows", modes[i], result.probe.pixel, result.probe.windows);
    }
    proto_msg_t event;
    TAP_CHECK(!dwm_next_of(good, PROTO_ERROR, &event), "the good client got an error");
    TAP_CHECK_OK(pw_window_close(window));
    TAP_CHECK(dwm_pixel(good, 60, 320) == BACKGROUND, "the closed window is still shown");
    return NULL;
}

// dwm's own pages, the shared-memory objects and the free pages are as
// they were before the good client's window and the hostile clients.
static const char* test_memory_comes_back(void)
{
    TAP_CHECK(good != NULL && have_baseline, "no baseline (the hostile test failed early)");
    TAP_CHECK(dwm_clients_become(good, 1), "the other clients are still there");
    // The helpers' last pages (kernel stacks) may come back a moment
    // after their wait: dwm_memory_back looks again a few times.
    const char* reason = dwm_memory_back(dwm, baseline);
    if (reason != NULL)
    {
        return reason;
    }
    pw_disconnect(good);
    good = NULL;
    return NULL;
}

// Without --test dwm shows what it composes on sys:/fb/0: a window's
// pixel is read back from sys:/fb/0/buffer after a sync (nothing prints in
// between, so the kernel's console does not draw over it).
static const char* test_framebuffer(void)
{
    char text[128];
    TAP_CHECK(file_text("sys:/fb/0/info", text, sizeof(text)) > 0, "no sys:/fb/0/info");
    unsigned width = 0, height = 0, stride = 0;
    char format[8] = {0};
    TAP_CHECK(sscanf(text, "width %u height %u stride %u format %7s", &width, &height, &stride, format) == 4,
              "sys:/fb/0/info says '%s'", text);
    const char* argv[] = {DWM, "--name", "dwm-fb", NULL};
    pid_t screen = -1;
    const char* reason = dwm_spawn(argv, &screen);
    if (reason != NULL)
    {
        return reason;
    }
    pw_client_t* client = pw_connect("dwm-fb");
    pw_window_t* window =
        client != NULL ? pw_window_create(client, (int32_t)width - 100, 40, 64, 48, "on the screen") : NULL;
    uint32_t pixel = 0;
    fd_t fb = io_open("sys:/fb/0/buffer");
    if (window != NULL && fb != -1)
    {
        dwm_fill(window, (proto_rect_t){0, 0, 64, 48}, 0xFF20A040u);
        if (pw_window_damage(window, &(proto_rect_t){0, 0, 64, 48}, 1) == 0 && pw_sync(client) == 0)
        {
            seek(fb, (off_t)((uint64_t)(40 + 10) * stride + width - 100 + 10) * 4, SEEK_SET);
            read(fb, &pixel, sizeof(pixel));
        }
    }
    if (fb != -1)
    {
        close(fb);
    }
    pw_disconnect(client);
    // dwm has the screen (sys:/consctl "screenoff") until it ends, killed
    // or not: then the kernel gives it back to the console.
    char during[64] = "", after[64] = "";
    file_text("sys:/consctl", during, sizeof(during));
    int status = -1;
    process_kill(screen);
    process_wait(screen, &status);
    file_text("sys:/consctl", after, sizeof(after));
    TAP_CHECK(window != NULL, "no window on the real screen: %s", strerror(errno));
    TAP_CHECK(strstr(during, "screen program\n") != NULL, "sys:/consctl said '%s' while dwm ran", during);
    TAP_CHECK(strstr(after, "screen console\n") != NULL, "sys:/consctl said '%s' after dwm was killed", after);
    uint32_t expected = strcmp(format, "rgbx") == 0 ? 0x40A020u : 0x20A040u;
    TAP_CHECK((pixel & 0xFFFFFF) == expected, "sys:/fb/0 has %#x where the window is (%s, expected %#x)", pixel,
              format, expected);
    return NULL;
}

static const char* test_stop_dwm(void)
{
    TAP_CHECK(dwm != -1, "dwm did not start");
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)dwm);
    char state[16];
    char text[512];
    TAP_CHECK(file_text(path, text, sizeof(text)) > 0 && text_value(text, "state", state, sizeof(state)) &&
                  strcmp(state, "running") == 0,
              "dwm is not running: %s", state);
    TAP_CHECK_OK(process_kill(dwm));
    int status = -1;
    TAP_CHECK_OK(process_wait(dwm, &status));
    TAP_CHECK(status == EXIT_KILLED, "dwm exited with %d", status);
    return NULL;
}

int main(void)
{
    tap_suite("dwm");
    tap_run("start", start_dwm);
    if (dwm != -1)
    {
        tap_run("window-reaches-screen", test_window_reaches_screen);
        tap_run("input-routing", test_input_routing);
        tap_run("hostile-clients", test_hostile_clients);
        tap_run("memory-comes-back", test_memory_comes_back);
    }
    tap_run("stop", test_stop_dwm);
    tap_run("framebuffer", test_framebuffer);
    return tap_exit_status();
}
