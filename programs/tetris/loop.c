// tetris's event loop (app.h): wait for dwm's events until the next tick
// of gravity is due, then step the game for the ticks that have passed.
// Not on libpatchwork's loop (loop.h): its repeating timers skip missed
// turns on a fixed schedule, where the game catches up a few ticks and
// then starts afresh, so it would take one-shot timers re-armed by hand
// and more code than this loop with one timeout.
#include "app.h"

#include <sys/proc.h>

#define TICK_NS (1000000000ull / TETRIS_TICK_HZ)
// After a long stall (the machine busy), catch up at most this many ticks:
// the game slows down rather than dropping pieces several rows at once.
#define MAX_CATCH_UP 5

int app_loop(app_t* app)
{
    uint64_t next_tick = uptime() + TICK_NS;
    for (;;)
    {
        bool running = !app->game.over && !app->game.paused;
        uint64_t now = uptime();
        uint64_t timeout = !running ? TIMEOUT_NEVER : next_tick > now ? next_tick - now : 0;
        proto_msg_t event;
        int got = pw_next_event(app->client, &event, timeout);
        if (got < 0)
        {
            return -1;
        }
        bool redraw = false;
        if (got == 1)
        {
            app_result_t result = app_handle_event(app, &event);
            if (result == APP_QUIT)
            {
                return 0;
            }
            redraw = result == APP_REDRAW;
        }
        now = uptime();
        if (!running)
        {
            next_tick = now + TICK_NS; // a paused or ended game owes no ticks
        }
        else if (now >= next_tick)
        {
            uint64_t due = (now - next_tick) / TICK_NS + 1;
            for (uint64_t i = 0; i < due && i < MAX_CATCH_UP; i++)
            {
                redraw |= tetris_step(&app->game);
            }
            next_tick = due > MAX_CATCH_UP ? now + TICK_NS : next_tick + due * TICK_NS;
        }
        if (redraw && app_render(app) == -1)
        {
            return -1;
        }
    }
}
