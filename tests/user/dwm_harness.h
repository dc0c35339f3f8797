// What the tests of the desktop share: starting a dwm and the programs
// under it, and driving dwm through its test messages (docs/desktop.md:
// test-key, test-mouse, test-probe). Functions returning const char* give
// NULL on success or a TAP failure reason (tap.h). The memory checks are
// in dwm_memory.h.
#ifndef TESTS_USER_DWM_HARNESS_H
#define TESTS_USER_DWM_HARNESS_H 1

#include <patchwork/client.h>

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

// How long the waits below give a desktop program by default (a busy
// machine, one CPU under TCG): only a broken program takes this long.
#define DWM_WAIT_MS 30000u

// Spawn dwm with @p argv and wait for its "ready"; *pid is -1 unless it
// said it.
const char* dwm_spawn(const char** argv, pid_t* pid);

// home:/bin/dwm --test --name NAME (composing into memory, answering
// probes), started as dwm_spawn does.
const char* dwm_start(const char* name, pid_t* pid);

// Start a program (a dwm client) with this test's output; *pid is -1 on
// failure.
const char* dwm_spawn_app(const char** argv, pid_t* pid);

// The composed pixel at (x, y), and how many clients and windows dwm has.
int dwm_probe(pw_client_t* client, int32_t x, int32_t y, proto_msg_t* result);
// The composed pixel alone; 0xDEAD when the probe failed.
uint32_t dwm_pixel(pw_client_t* client, int32_t x, int32_t y);

// Input as if from the devices: the pointer at (x, y) with these buttons
// held, a key pressed or released.
int dwm_mouse(pw_client_t* client, int32_t x, int32_t y, uint32_t buttons);
int dwm_key(pw_client_t* client, uint32_t type, uint32_t code);
// The key CODE (a <sys/input.h> scan code) pressed and released.
int dwm_key_tap(pw_client_t* client, uint32_t code);
// A left click at (x, y): pressed and released there.
int dwm_click(pw_client_t* client, int32_t x, int32_t y);

// The centre of the close box of a window whose content is at (x, y),
// WIDTH wide: the point to click for a close request.
int32_t dwm_close_x(int32_t x, int32_t width);
int32_t dwm_close_y(int32_t y);

// The next event of @p type already sent to @p client, skipping others;
// false if none is waiting. (dwm answers a probe after everything it did
// before it, so probe first, then look.)
bool dwm_next_of(pw_client_t* client, uint32_t type, proto_msg_t* event);

// Fill a rectangle of the window's pixels (not yet damaged).
void dwm_fill(pw_window_t* window, proto_rect_t r, uint32_t colour);

// Ask dwm until it counts WINDOWS windows and CLIENTS clients (either
// -1: any), for up to TIMEOUT_MS; false if it never does.
bool dwm_wait_counts(pw_client_t* client, int windows, int clients, uint32_t timeout_ms);

// Wait (up to DWM_WAIT_MS) until dwm counts @p clients; a disconnection
// is noticed when dwm next reads that client's stream.
bool dwm_clients_become(pw_client_t* client, uint32_t clients);

// Wait up to TIMEOUT_MS for PID to exit, then reap it into *status; false
// (PID left running) if it does not.
bool dwm_process_exits(pid_t pid, uint32_t timeout_ms, int* status);

// Wait up to TIMEOUT_MS for PID, whose window was closed, to leave dwm
// (no window and only @p client left), then to exit; its status goes to
// *status. A program that does not is killed and the reason given.
const char* dwm_wait_exit(pw_client_t* client, pid_t pid, uint32_t timeout_ms, int* status);

#endif
