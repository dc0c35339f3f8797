// The event log of sdl2check (events.h).
#include "events.h"

static SDL_Event log_events[EVENT_LOG_MAX];
static int log_count;

void events_clear(void)
{
    SDL_PumpEvents();
    SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
    log_count = 0;
}

const SDL_Event* events_wait(event_match_t match, const void* want, Uint32 ms)
{
    Uint64 end = SDL_GetTicks64() + ms;
    for (int i = 0; match != NULL && i < log_count; i++)
    {
        if (match(&log_events[i], want))
        {
            return &log_events[i];
        }
    }
    do
    {
        SDL_Event event;
        while (SDL_PollEvent(&event))
        {
            if (log_count == EVENT_LOG_MAX)
            {
                continue;
            }
            log_events[log_count] = event;
            if (match != NULL && match(&event, want))
            {
                return &log_events[log_count++];
            }
            log_count++;
        }
        SDL_Delay(5);
    } while (SDL_GetTicks64() < end);
    return NULL;
}

int events_count(event_match_t match, const void* want)
{
    int n = 0;
    for (int i = 0; i < log_count; i++)
    {
        n += match(&log_events[i], want) ? 1 : 0;
    }
    return n;
}

bool event_is_type(const SDL_Event* event, const void* want)
{
    return event->type == *(const Uint32*)want;
}
