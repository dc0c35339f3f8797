// clock: an analog and digital clock in a dwm window (docs/desktop.md).
//
// usage: clock [--dwm NAME]
//   --dwm NAME  the window manager's socket name (default "dwm")
// The time is the wall clock (CLOCK_REALTIME: the machine's CMOS clock,
// carried on since boot), in UTC: libstd has no time zones.
#include "app.h"
#include "layout.h"

#include <patchwork/load.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define USAGE "usage: clock [--dwm NAME]\n"
#define FONTS PW_FONT_DIR "/"

int main(int argc, char** argv)
{
    const char* name = PROTO_SOCKET_NAME;
    for (int i = 1; i < argc; i++)
    {
        if (strcmp(argv[i], "--help") == 0)
        {
            fputs(USAGE, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--dwm") == 0 && i + 1 < argc && argv[i + 1][0] != '\0')
        {
            name = argv[++i];
        }
        else
        {
            fputs(USAGE, stderr);
            return 2;
        }
    }
    static app_t app;
    if (pw_font_load(FONTS "sans-20.grf", &app.big) != 0 || pw_font_load(FONTS "sans-14.grf", &app.small) != 0)
    {
        fprintf(stderr, "clock: cannot read the fonts in " FONTS "; no digits\n");
    }
    app.client = pw_connect(name);
    if (app.client == NULL)
    {
        fprintf(stderr, "clock: cannot connect to dwm '%s': %s\n", name, strerror(errno));
        return 1;
    }
    app.window = pw_window_create(app.client, LAYOUT_WINDOW_X, LAYOUT_WINDOW_Y, LAYOUT_WIDTH, LAYOUT_HEIGHT, "Clock");
    if (!pw_window_surface(app.window, &app.surface))
    {
        fprintf(stderr, "clock: cannot make a window: %s\n", strerror(errno));
        pw_disconnect(app.client);
        return 1;
    }
    struct timespec now = {0};
    clock_gettime(CLOCK_REALTIME, &now);
    struct tm tm;
    gmtime_r(&now.tv_sec, &tm);
    int status = app_render(&app, &tm, true) == -1 ? -1 : app_loop(&app);
    if (status == -1)
    {
        fprintf(stderr, "clock: lost dwm: %s\n", strerror(errno));
    }
    pw_disconnect(app.client);
    return status == -1 ? 1 : 0;
}
