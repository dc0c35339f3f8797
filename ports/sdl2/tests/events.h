// SDL events gathered by sdl2check while it waits for the ones it expects
// (events.c): each check starts an empty log, then looks into it.
#ifndef SDL2CHECK_EVENTS_H
#define SDL2CHECK_EVENTS_H

#include <SDL.h>
#include <stdbool.h>

#define EVENT_LOG_MAX 512

typedef bool (*event_match_t)(const SDL_Event* event, const void* want);

void events_clear(void);
// Poll SDL's events into the log for up to @p ms, until one matches
// (@p match NULL: the whole time). Returns the match, or NULL.
const SDL_Event* events_wait(event_match_t match, const void* want, Uint32 ms);
// How many logged events match.
int events_count(event_match_t match, const void* want);

// Matches for events_wait: an event of this type (want: Uint32*).
bool event_is_type(const SDL_Event* event, const void* want);

#endif
