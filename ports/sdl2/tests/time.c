// SDL's clocks move with the OS's time: never backwards, and at least as
// far as a delay (no upper bound: a busy machine may be slow).
#include "check.h"

#include <SDL.h>
#include <sys/proc.h>

static const char* ticks_follow_sleep(void)
{
    Uint64 before = SDL_GetTicks64(), after;
    Uint64 os_before = uptime();

    sleep_ns(60 * 1000000ull);
    after = SDL_GetTicks64();
    CHECK(after >= before + 60, "60 ms asleep moved SDL_GetTicks64 from %llu to %llu",
          (unsigned long long)before, (unsigned long long)after);
    CHECK((Uint64)SDL_GetTicks() + 1 >= (after & 0xFFFFFFFF), "SDL_GetTicks %u is behind SDL_GetTicks64 %llu",
          SDL_GetTicks(), (unsigned long long)after);
    CHECK(uptime() - os_before >= 60 * 1000000ull, "uptime did not move 60 ms");
    return NULL;
}

static const char* delay_waits(void)
{
    Uint64 before = SDL_GetTicks64();
    SDL_Delay(40);
    CHECK(SDL_GetTicks64() >= before + 40, "SDL_Delay(40) returned after %llu ms",
          (unsigned long long)(SDL_GetTicks64() - before));
    return NULL;
}

static const char* counter_counts(void)
{
    Uint64 frequency = SDL_GetPerformanceFrequency();
    Uint64 before = SDL_GetPerformanceCounter(), after;

    CHECK(frequency >= 1000, "SDL_GetPerformanceFrequency is %llu", (unsigned long long)frequency);
    SDL_Delay(20);
    after = SDL_GetPerformanceCounter();
    CHECK(after > before, "the counter went from %llu to %llu", (unsigned long long)before,
          (unsigned long long)after);
    CHECK((after - before) * 1000 / frequency >= 20, "20 ms took %llu counts at %llu per second",
          (unsigned long long)(after - before), (unsigned long long)frequency);
    return NULL;
}

static Uint32 fired;

static Uint32 on_timer(Uint32 interval, void* data)
{
    SDL_AtomicIncRef((SDL_atomic_t*)data);
    fired++;
    return fired < 3 ? interval : 0;
}

// SDL_AddTimer runs on SDL's timer thread: three calls, then it stops.
static const char* timer_fires(void)
{
    SDL_atomic_t count = {0};
    CHECK(SDL_InitSubSystem(SDL_INIT_TIMER) == 0, "SDL_INIT_TIMER: %s", SDL_GetError());
    SDL_TimerID id = SDL_AddTimer(10, on_timer, &count);
    CHECK(id != 0, "SDL_AddTimer: %s", SDL_GetError());
    for (int i = 0; i < 500 && SDL_AtomicGet(&count) < 3; i++)
    {
        SDL_Delay(10);
    }
    CHECK(SDL_AtomicGet(&count) == 3, "the timer fired %d times in 5 s, not 3", SDL_AtomicGet(&count));
    SDL_Delay(50);
    CHECK(SDL_AtomicGet(&count) == 3, "the timer went on after returning 0");
    SDL_QuitSubSystem(SDL_INIT_TIMER);
    return NULL;
}

void check_time(void)
{
    check_run("ticks-follow-sleep", ticks_follow_sleep);
    check_run("delay-waits", delay_waits);
    check_run("performance-counter", counter_counts);
    check_run("timer-fires", timer_fires);
}
