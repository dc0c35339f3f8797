// The clock's event loop (app.h): sleep in dwm's events until the wall
// clock's next whole second, then show the new time. Not on libpatchwork's
// loop (loop.h): its timers count on the monotonic clock, so a wake-up at
// the wall clock's second would be a one-shot timer re-armed each time,
// more code than this one wait with a timeout.
#include "app.h"

#include <patchwork/keys.h>

#include <sys/proc.h>

// The wall-clock time now, and the nanoseconds until its next second.
static void loop_now(struct tm* tm, uint64_t* until_next)
{
    struct timespec now;
    if (clock_gettime(CLOCK_REALTIME, &now) == -1)
    {
        now.tv_sec = time(NULL), now.tv_nsec = 0; // no descriptor free: whole seconds will do
    }
    gmtime_r(&now.tv_sec, tm);
    // A millisecond late rather than early: the second has surely turned.
    *until_next = 1000000000ull - (uint64_t)now.tv_nsec + 1000000;
}

int app_loop(app_t* app)
{
    for (;;)
    {
        struct tm tm;
        uint64_t timeout;
        loop_now(&tm, &timeout);
        if (tm.tm_sec != app->shown.tm_sec || tm.tm_min != app->shown.tm_min || tm.tm_hour != app->shown.tm_hour ||
            tm.tm_yday != app->shown.tm_yday)
        {
            if (app_render(app, &tm, false) == -1)
            {
                return -1;
            }
        }
        proto_msg_t event;
        int got = pw_next_event(app->client, &event, timeout);
        if (got < 0)
        {
            return -1;
        }
        if (got == 1 && event.header.type == PROTO_CLOSE_REQUEST)
        {
            return 0;
        }
        // Escape closes it too.
        if (got == 1 && event.header.type == PROTO_KEY_EVENT && event.key.type == PROTO_KEY_PRESS &&
            pw_key_decode(event.key.code, event.key.modifiers).kind == PW_KEY_ESCAPE)
        {
            return 0;
        }
    }
}
