// What the tests of the desktop programs (tetris_test, clock_test) share:
// a dwm --test to run them under, probing its composed screen, keys and
// clicks through its test messages, and checking that memory comes back
// once a program has gone. Functions returning const char* give NULL on
// success or a TAP failure reason (tap.h).
#ifndef TESTS_USER_DESKTOP_APP_H
#define TESTS_USER_DESKTOP_APP_H 1

#include <patchwork/client.h>

#include <stdbool.h>
#include <sys/proc.h>

// Start home:/bin/dwm --test --name NAME and wait for its "ready";
// *pid is -1 unless it came.
const char* desktop_start_dwm(const char* name, pid_t* pid);

// Start ARGV with this program's output; *pid is -1 on failure.
const char* desktop_spawn(const char** argv, pid_t* pid);

// The composed pixel at (X, Y); 0xDEAD when dwm did not answer.
uint32_t desktop_pixel(pw_client_t* client, int32_t x, int32_t y);

// Ask dwm until it counts WINDOWS windows and CLIENTS clients (either
// -1: any), for up to TIMEOUT_MS; false if it never does.
bool desktop_wait_counts(pw_client_t* client, int windows, int clients, uint32_t timeout_ms);

// Press and release the key CODE (a <sys/input.h> scan code).
int desktop_key(pw_client_t* client, uint32_t code);

// A left click at (X, Y) on the screen.
int desktop_click(pw_client_t* client, int32_t x, int32_t y);

// The close box of a window whose content is at (X, Y), WIDTH wide: the
// point to click for a close request.
int32_t desktop_close_x(int32_t x, int32_t width);
int32_t desktop_close_y(int32_t y);

// Wait up to TIMEOUT_MS for PID to end after its window was closed: it
// must leave dwm (only ONE client left), then exit; its status goes to
// *status. A program that does not leave is killed and the reason given.
const char* desktop_wait_exit(pw_client_t* client, pid_t pid, uint32_t timeout_ms, int* status);

// The memory a desktop program may hold while it runs: dwm's pages, the
// shared-memory objects, the free pages, and what this test itself grew.
typedef struct
{
    long long dwm_pages, shm, free, own, heap, allocations;
} desktop_memory_t;

desktop_memory_t desktop_memory(pid_t dwm);

// NULL when everything in BEFORE has come back (looking again for a
// while: a process's last pages are freed a moment after its wait).
const char* desktop_memory_back(pid_t dwm, desktop_memory_t before);

#endif
