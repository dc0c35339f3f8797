// tetris: the falling-blocks game in a dwm window (docs/desktop.md).
//
// usage: tetris [--dwm NAME] [--seed N]
//   --dwm NAME  the window manager's socket name (default "dwm")
//   --seed N    deal the pieces from seed N (default: from the clock),
//               so a game can be played again piece for piece
// The rules are in tetris.h, the keys in input.c.
#include "app.h"
#include "layout.h"

#include <patchwork/load.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>
#include <time.h>

#define USAGE "usage: tetris [--dwm NAME] [--seed N]\n"
#define FONTS PW_FONT_DIR "/"

// N as a whole number, all of it; false for anything else.
static bool parse_seed(const char* text, uint64_t* seed)
{
    char* end;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 0);
    if (text[0] == '\0' || text[0] == '-' || *end != '\0' || errno != 0)
    {
        return false;
    }
    *seed = value;
    return true;
}

int main(int argc, char** argv)
{
    const char* name = PROTO_SOCKET_NAME;
    struct timespec now = {0};
    clock_gettime(CLOCK_REALTIME, &now);
    // The wall clock and the uptime both move: two games started in the
    // same second still differ.
    uint64_t seed = (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec + uptime();
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
        else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc && parse_seed(argv[i + 1], &seed))
        {
            i++;
        }
        else
        {
            fputs(USAGE, stderr);
            return 2;
        }
    }
    static app_t app;
    tetris_init(&app.game, seed);
    if (pw_font_load(FONTS "sans-20.grf", &app.big) != 0 || pw_font_load(FONTS "sans-14.grf", &app.small) != 0)
    {
        fprintf(stderr, "tetris: cannot read the fonts in " FONTS "; playing without text\n");
    }
    app.client = pw_connect(name);
    if (app.client == NULL)
    {
        fprintf(stderr, "tetris: cannot connect to dwm '%s': %s\n", name, strerror(errno));
        return 1;
    }
    app.window = pw_window_create(app.client, LAYOUT_WINDOW_X, LAYOUT_WINDOW_Y, LAYOUT_WIDTH, LAYOUT_HEIGHT, "Tetris");
    if (!pw_window_surface(app.window, &app.surface))
    {
        fprintf(stderr, "tetris: cannot make a window: %s\n", strerror(errno));
        pw_disconnect(app.client);
        return 1;
    }
    int status = app_render(&app) == -1 ? -1 : app_loop(&app);
    if (status == -1)
    {
        fprintf(stderr, "tetris: lost dwm: %s\n", strerror(errno));
    }
    pw_disconnect(app.client);
    return status == -1 ? 1 : 0;
}
