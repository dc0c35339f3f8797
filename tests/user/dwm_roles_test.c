// Suite "dwm-roles": what a desktop needs from dwm besides ordinary
// windows (docs/desktop.md): a background stays below everything and a
// panel above ordinary windows, neither takes the keyboard (clicking the
// background drops it); a popup is on top and takes it; a watching client
// (a taskbar) hears about every ordinary window and can minimise and show
// any of them; the minimise box hides a window; dragging the frame's
// corner asks the client for a new size; a client that is not watching
// may not act on another's window.
#include "dwm_harness.h"
#include "tap.h"

#include <patchwork/surface.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>

#define NAME "dwm-roles"
#define BACKGROUND 0xFF2E4A62u
#define TITLE_HEIGHT 24
#define GREEN 0xFF00A000u
#define RED 0xFFC00000u
#define BLUE 0xFF0000C0u

static pid_t dwm = -1;
static pw_client_t* app;    // ordinary windows
static pw_client_t* shell;  // the background and the panel
static pw_client_t* bar;    // the watcher
static pw_window_t* wallpaper;
static pw_window_t* panel;
static pw_window_t* editor;

static const char* start(void)
{
    const char* reason = dwm_start(NAME, &dwm);
    if (reason != NULL)
    {
        return reason;
    }
    app = pw_connect(NAME);
    shell = pw_connect(NAME);
    bar = pw_connect(NAME);
    TAP_CHECK(app != NULL && shell != NULL && bar != NULL, "connect: %s", strerror(errno));
    return NULL;
}

static pw_window_t* filled(pw_client_t* client, rect_t r, uint32_t kind, const char* title, uint32_t colour)
{
    pw_window_t* window = pw_window_create_kind(client, r.x, r.y, (uint32_t)r.width, (uint32_t)r.height, title, kind);
    if (window != NULL)
    {
        dwm_fill(window, (proto_rect_t){0, 0, (uint32_t)r.width, (uint32_t)r.height}, colour);
        pw_window_damage(window, &(proto_rect_t){0, 0, (uint32_t)r.width, (uint32_t)r.height}, 1);
        pw_sync(client); // shown before another client's probe looks
    }
    return window;
}

static const char* test_layers(void)
{
    editor = filled(app, (rect_t){100, 100, 200, 150}, 0, "editor", BLUE);
    wallpaper = filled(shell, (rect_t){0, 0, 400, 400}, PROTO_WINDOW_BACKGROUND, "", GREEN);
    panel = filled(shell, (rect_t){0, 200, 400, 40}, PROTO_WINDOW_PANEL, "", RED);
    TAP_CHECK(editor != NULL && wallpaper != NULL && panel != NULL, "create: %s", strerror(errno));
    TAP_CHECK(dwm_pixel(app, 10, 10) == GREEN, "the background is not shown: %#x", dwm_pixel(app, 10, 10));
    TAP_CHECK(dwm_pixel(app, 150, 150) == BLUE, "the background came over a window");
    TAP_CHECK(dwm_pixel(app, 150, 220) == RED, "the window came over the panel: %#x", dwm_pixel(app, 150, 220));
    TAP_CHECK(dwm_pixel(app, 10, 100) == GREEN, "the background has a title bar or border");
    proto_msg_t event;
    TAP_CHECK(dwm_next_of(app, PROTO_FOCUS, &event) && event.focus.focused == 1, "the editor was not focused");
    TAP_CHECK(!dwm_next_of(shell, PROTO_FOCUS, &event), "the background or the panel got the keyboard");
    // Clicking the panel: the panel gets the click, the editor keeps the keyboard.
    TAP_CHECK_OK(dwm_mouse(bar, 20, 210, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(bar, 20, 210, 0));
    TAP_CHECK(dwm_pixel(bar, 0, 0) != 0xDEADu, "probe");
    TAP_CHECK(dwm_next_of(shell, PROTO_MOUSE_EVENT, &event) && event.mouse.window == pw_window_id(panel) &&
                  event.mouse.x == 20 && event.mouse.y == 10,
              "the panel did not get its click");
    TAP_CHECK(!dwm_next_of(app, PROTO_FOCUS, &event), "clicking the panel moved the focus");
    TAP_CHECK(!dwm_next_of(shell, PROTO_FOCUS, &event), "the panel took the keyboard");
    // Clicking the background drops the focus.
    TAP_CHECK_OK(dwm_mouse(bar, 10, 10, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(bar, 10, 10, 0));
    TAP_CHECK(dwm_pixel(bar, 0, 0) != 0xDEADu, "probe");
    TAP_CHECK(dwm_next_of(app, PROTO_FOCUS, &event) && event.focus.focused == 0, "the editor kept the keyboard");
    TAP_CHECK(dwm_next_of(shell, PROTO_MOUSE_EVENT, &event) && event.mouse.window == pw_window_id(wallpaper),
              "the background did not get its click");
    // A popup goes over the panel and takes the keyboard.
    pw_window_t* menu = filled(app, (rect_t){20, 190, 60, 60}, PROTO_WINDOW_POPUP, "", 0xFF808000u);
    TAP_CHECK(menu != NULL, "create a popup: %s", strerror(errno));
    TAP_CHECK(dwm_pixel(app, 30, 215) == 0xFF808000u, "the popup is not over the panel");
    TAP_CHECK(dwm_next_of(app, PROTO_FOCUS, &event) && event.focus.window == pw_window_id(menu) &&
                  event.focus.focused == 1,
              "the popup did not take the keyboard");
    TAP_CHECK_OK(pw_window_close(menu));
    TAP_CHECK(dwm_pixel(app, 30, 215) == RED, "the closed popup is still shown");
    return NULL;
}

// The next window-info about @p window.
static bool info_about(uint32_t window, proto_msg_t* event)
{
    while (dwm_next_of(bar, PROTO_WINDOW_INFO, event))
    {
        if (event->info.window == window)
        {
            return true;
        }
    }
    return false;
}

static const char* test_watch_and_minimise(void)
{
    TAP_CHECK(editor != NULL, "no editor (the layers test failed)");
    TAP_CHECK_OK(pw_watch(bar));
    TAP_CHECK(dwm_pixel(bar, 0, 0) != 0xDEADu, "probe");
    proto_msg_t event;
    uint32_t id = pw_window_id(editor);
    TAP_CHECK(info_about(id, &event) && (event.info.state & PROTO_STATE_OPEN) && event.info.title_length == 6 &&
                  memcmp(event.info.title, "editor", 6) == 0,
              "no window-info about the editor (state %u)", event.info.state);
    TAP_CHECK(!dwm_next_of(bar, PROTO_WINDOW_INFO, &event), "window-info about window %u, not an ordinary window",
              event.info.window);
    TAP_CHECK_OK(pw_window_set_title(editor, "notes"));
    TAP_CHECK_OK(pw_sync(app));
    TAP_CHECK(dwm_pixel(bar, 0, 0) != 0xDEADu, "probe");
    TAP_CHECK(info_about(id, &event) && event.info.title_length == 5, "no window-info about the new title");
    TAP_CHECK_OK(pw_activate(bar, id, PROTO_ACTIVATE_MINIMISE));
    TAP_CHECK(dwm_pixel(bar, 150, 150) == GREEN, "the minimised window is still shown");
    TAP_CHECK(info_about(id, &event) && event.info.state == (PROTO_STATE_OPEN | PROTO_STATE_MINIMISED),
              "minimising: state %u", event.info.state);
    TAP_CHECK_OK(pw_activate(bar, id, PROTO_ACTIVATE_SHOW));
    TAP_CHECK(dwm_pixel(bar, 150, 150) == BLUE, "the shown window is not back");
    bool focused = false;
    while (info_about(id, &event))
    {
        focused = event.info.state == (PROTO_STATE_OPEN | PROTO_STATE_FOCUSED);
    }
    TAP_CHECK(focused, "showing did not focus the editor: state %u", event.info.state);
    // The minimise box, left of the close box.
    TAP_CHECK_OK(dwm_mouse(bar, 100 + 200 - 5 - 14 - 5 - 7, 100 - TITLE_HEIGHT / 2, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(bar, 100 + 200 - 5 - 14 - 5 - 7, 100 - TITLE_HEIGHT / 2, 0));
    TAP_CHECK(dwm_pixel(bar, 150, 150) == GREEN, "the minimise box did not hide the window");
    TAP_CHECK_OK(pw_activate(bar, id, PROTO_ACTIVATE_SHOW));
    // A client that does not watch may not act on another's window.
    pw_client_t* stranger = pw_connect(NAME);
    TAP_CHECK(stranger != NULL && dwm_clients_become(bar, 4), "connect: %s", strerror(errno));
    TAP_CHECK_OK(pw_activate(stranger, id, PROTO_ACTIVATE_MINIMISE));
    TAP_CHECK(dwm_clients_become(bar, 3), "the stranger was not disconnected");
    pw_disconnect(stranger);
    TAP_CHECK(dwm_pixel(bar, 150, 150) == BLUE, "the stranger minimised the editor");
    return NULL;
}

static const char* test_resize_by_corner(void)
{
    TAP_CHECK(editor != NULL, "no editor");
    // The frame's bottom-right corner is at (301, 251); drag it 50 right and 30 down.
    TAP_CHECK_OK(dwm_mouse(bar, 298, 248, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(bar, 348, 278, PROTO_BUTTON_LEFT));
    TAP_CHECK_OK(dwm_mouse(bar, 348, 278, 0));
    TAP_CHECK(dwm_pixel(bar, 0, 0) != 0xDEADu, "probe");
    proto_msg_t event;
    TAP_CHECK(dwm_next_of(app, PROTO_RESIZE_REQUEST, &event) && event.resize.window == pw_window_id(editor) &&
                  event.resize.width == 250 && event.resize.height == 180,
              "resize-request %ux%u", event.resize.width, event.resize.height);
    TAP_CHECK_OK(pw_window_resize(editor, event.resize.width, event.resize.height));
    TAP_CHECK(pw_window_width(editor) == 250, "the editor is %u wide", pw_window_width(editor));
    return NULL;
}

static const char* test_close_is_heard(void)
{
    TAP_CHECK(editor != NULL, "no editor");
    uint32_t id = pw_window_id(editor);
    TAP_CHECK_OK(pw_window_close(editor));
    editor = NULL;
    TAP_CHECK_OK(pw_sync(app));
    TAP_CHECK(dwm_pixel(bar, 0, 0) != 0xDEADu, "probe");
    proto_msg_t event;
    bool closed = false;
    while (info_about(id, &event))
    {
        closed = event.info.state == 0;
    }
    TAP_CHECK(closed, "the last window-info does not say the window closed");
    return NULL;
}

static const char* stop(void)
{
    pw_disconnect(app);
    pw_disconnect(shell);
    pw_disconnect(bar);
    TAP_CHECK(dwm != -1, "dwm did not start");
    TAP_CHECK_OK(process_kill(dwm));
    int status = -1;
    TAP_CHECK_OK(process_wait(dwm, &status));
    return NULL;
}

int main(void)
{
    tap_suite("dwm-roles");
    tap_run("start", start);
    if (dwm != -1)
    {
        tap_run("layers-and-keyboard", test_layers);
        tap_run("watch-and-minimise", test_watch_and_minimise);
        tap_run("resize-by-corner", test_resize_by_corner);
        tap_run("close-is-heard", test_close_is_heard);
    }
    tap_run("stop", stop);
    return tap_exit_status();
}
