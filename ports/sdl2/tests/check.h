// sdl2check: the PatchworkOS SDL backend checked in the OS. Each check is
// a function returning NULL when it passed or why it failed; the results
// are TAP lines "ok N - sdl2/NAME" or "not ok N - sdl2/NAME # reason".
#ifndef SDL2CHECK_CHECK_H
#define SDL2CHECK_CHECK_H

#include <patchwork/client.h>

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

// The reason of a failure (printf style), kept until the next call.
const char* check_reason(const char* format, ...) __attribute__((format(printf, 1, 2)));

#define CHECK(condition, ...)                 \
    do                                        \
    {                                         \
        if (!(condition))                     \
        {                                     \
            return check_reason(__VA_ARGS__); \
        }                                     \
    } while (0)

// Run one check and print its TAP line.
void check_run(const char* name, const char* (*check)(void));
// 0 when every check passed, 1 otherwise.
int check_status(void);

// A "dwm --test" of our own under @p name (dwm.c), and a client of it
// that injects input and reads composed pixels back.
const char* dwm_begin(const char* name, pid_t* pid, pw_client_t** client);
void dwm_end(pid_t pid, pw_client_t* client);
uint32_t dwm_pixel_at(pw_client_t* client, int32_t x, int32_t y);
int dwm_windows(pw_client_t* client);
int dwm_send_key(pw_client_t* client, uint32_t type, uint32_t code);
int dwm_send_mouse(pw_client_t* client, int32_t x, int32_t y, uint32_t buttons);
// As dwm_send_mouse, with @p wheel steps (positive: towards the user).
int dwm_send_wheel(pw_client_t* client, int32_t x, int32_t y, int32_t wheel);
// Wait until dwm has @p windows windows, up to @p ms; false if never.
bool dwm_wait_windows(pw_client_t* client, int windows, uint32_t ms);

// The checks, by subject.
void check_time(void);    // time.c: ticks, counter, delay
void check_threads(void); // threads.c: threads, mutex, semaphore, condition
void check_paths(const char* argv0); // paths.c: base and preference paths
void check_dummy_video(pw_client_t* dwm); // dummy.c: SDL_VIDEODRIVER=dummy, no window
void check_video(pw_client_t* dwm);  // video.c: display, window, renderer pixels
void check_input(pw_client_t* dwm);  // input.c: keys, text, repeat, mouse, close

// run.c: sdl2check --run SECONDS PROGRAM ARGS...
int run_under_dwm(int argc, char** argv);

#endif
