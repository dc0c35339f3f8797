// Tests of the desktop: starting dwm and driving it through its test
// messages (docs/desktop.md: test-key, test-mouse, test-probe).
#ifndef TESTS_USER_DWM_HARNESS_H
#define TESTS_USER_DWM_HARNESS_H 1

#include <patchwork/client.h>

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

// Spawn dwm with @p argv and wait for its "ready"; *pid is -1 unless it
// said it. Returns NULL, or why not (a TAP_CHECK reason).
const char* dwm_spawn(const char** argv, pid_t* pid);

// The composed pixel at (x, y), and how many clients and windows dwm has.
int dwm_probe(pw_client_t* client, int32_t x, int32_t y, proto_msg_t* result);
// The composed pixel alone; 0xDEAD when the probe failed.
uint32_t dwm_pixel(pw_client_t* client, int32_t x, int32_t y);

// Input as if from the devices: the pointer at (x, y) with these buttons
// held, a key pressed or released.
int dwm_mouse(pw_client_t* client, int32_t x, int32_t y, uint32_t buttons);
int dwm_key(pw_client_t* client, uint32_t type, uint32_t code);

// The next event of @p type already sent to @p client, skipping others;
// false if none is waiting. (dwm answers a probe after everything it did
// before it, so probe first, then look.)
bool dwm_next_of(pw_client_t* client, uint32_t type, proto_msg_t* event);

// Fill a rectangle of the window's pixels (not yet damaged).
void dwm_fill(pw_window_t* window, proto_rect_t r, uint32_t colour);

// Wait (asking again) until dwm counts @p clients.
bool dwm_clients_become(pw_client_t* client, uint32_t clients);

#endif
