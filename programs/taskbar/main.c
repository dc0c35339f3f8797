// taskbar (taskbar.h).
//
// usage: taskbar [--dwm NAME] [--config FILE]
//   --dwm NAME     the window manager's socket (default "dwm")
//   --config FILE  the start menu's entries (default home:/cfg/taskbar.conf)
// It waits for dwm to come up, so init may start both at once, and
// exits when dwm goes away.
#include "taskbar.h"

#include <patchwork/load.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/proc.h>
#include <time.h>

#define USAGE "usage: taskbar [--dwm NAME] [--config FILE]\n"
#define DEFAULT_CONFIG "home:/cfg/taskbar.conf"

static taskbar_t bar;
static uint32_t held; // the bar's mouse buttons

// The clock's text; true if it changed.
static bool clock_tick(void)
{
    time_t now = time(NULL);
    struct tm tm;
    char text[sizeof(bar.clock)];
    if (now == (time_t)-1 || gmtime_r(&now, &tm) == NULL)
    {
        snprintf(text, sizeof(text), "--:--");
    }
    else
    {
        snprintf(text, sizeof(text), "%02d:%02d", tm.tm_hour, tm.tm_min);
    }
    bool changed = strcmp(text, bar.clock) != 0;
    memcpy(bar.clock, text, sizeof(text));
    return changed;
}

static void bar_click(int32_t x, int32_t y)
{
    if (rect_contains(start_rect(), x, y))
    {
        if (bar.menu != NULL)
        {
            menu_close(&bar);
        }
        else
        {
            menu_open(&bar);
        }
        return;
    }
    int at = button_at(x, y);
    if (at >= 0 && at < bar.button_count)
    {
        const button_t* button = &bar.buttons[at];
        bool focused = (button->state & PROTO_STATE_FOCUSED) && !(button->state & PROTO_STATE_MINIMISED);
        pw_activate(bar.client, button->window, focused ? PROTO_ACTIVATE_MINIMISE : PROTO_ACTIVATE_SHOW);
    }
}

static void handle(const proto_msg_t* event)
{
    if (event->header.type == PROTO_WINDOW_INFO)
    {
        buttons_update(&bar, event);
        paint_bar(&bar);
        return;
    }
    uint32_t window = event->header.type == PROTO_MOUSE_EVENT ? event->mouse.window
                      : event->header.type == PROTO_KEY_EVENT ? event->key.window
                      : event->header.type == PROTO_FOCUS     ? event->focus.window
                                                              : 0;
    if (bar.menu != NULL && window == pw_window_id(bar.menu))
    {
        menu_event(&bar, event);
    }
    else if (event->header.type == PROTO_MOUSE_EVENT && window == pw_window_id(bar.bar))
    {
        uint32_t pressed = event->mouse.buttons & ~held;
        held = event->mouse.buttons;
        if (pressed & PROTO_BUTTON_LEFT)
        {
            bar_click(event->mouse.x, event->mouse.y);
        }
    }
}

int main(int argc, char** argv)
{
    const char* name = PROTO_SOCKET_NAME;
    const char* config = DEFAULT_CONFIG;
    for (int i = 1; i < argc; i++)
    {
        if (strcmp(argv[i], "--dwm") == 0 && i + 1 < argc)
        {
            name = argv[++i];
        }
        else if (strcmp(argv[i], "--config") == 0 && i + 1 < argc)
        {
            config = argv[++i];
        }
        else
        {
            fputs(USAGE, stderr);
            return 2;
        }
    }
    menu_load(&bar, config); // without entries the start button opens nothing
    bar.have_font = pw_font_load(PW_FONT_DIR "/sans-14.grf", &bar.font) == 0;
    bar.client = pw_connect_wait(name, TIMEOUT_NEVER);
    if (bar.client == NULL)
    {
        fprintf(stderr, "taskbar: cannot connect to '%s': %s\n", name, strerror(errno));
        return 1;
    }
    uint32_t width = pw_screen_width(bar.client);
    int32_t y = (int32_t)pw_screen_height(bar.client) - BAR_HEIGHT;
    bar.bar = pw_window_create_kind(bar.client, 0, y, width, BAR_HEIGHT, "taskbar", PROTO_WINDOW_PANEL);
    if (bar.bar == NULL || pw_watch(bar.client) == -1)
    {
        fprintf(stderr, "taskbar: no window: %s\n", strerror(errno));
        return 1;
    }
    clock_tick();
    paint_bar(&bar);
    for (;;)
    {
        time_t now = time(NULL);
        uint64_t wait_ns = (uint64_t)(60 - (now > 0 ? now % 60 : 0)) * 1000000000ull;
        proto_msg_t event;
        int got = pw_next_event(bar.client, &event, wait_ns);
        if (got == -1)
        {
            fprintf(stderr, "taskbar: the window manager went away: %s\n", strerror(errno));
            return 1;
        }
        if (got == 1)
        {
            handle(&event);
        }
        if (clock_tick())
        {
            paint_bar(&bar);
        }
    }
}
