// What the user does in the terminal's window (input.c): keys become the
// bytes a terminal sends (libpatchwork's pw_key_terminal), queued until
// the program's side takes them; Shift+Page Up/Down and the mouse wheel
// move the view through the history instead.
#ifndef TERMINAL_INPUT_H
#define TERMINAL_INPUT_H

#include "vt.h"

#include <patchwork/proto.h>

#include <stddef.h>
#include <sys/types.h>

// Typed bytes the program has not taken yet. When it reads nothing for
// long enough to fill this, further keys are dropped (the event loop must
// never wait for the program).
#define INPUT_PENDING_MAX 4096

typedef struct
{
    char bytes[INPUT_PENDING_MAX];
    size_t length;
    size_t dropped; // bytes lost because the queue was full
} input_t;

// Lines the wheel moves per step (a step away from the user goes back).
#define INPUT_WHEEL_LINES 3

// A key event: a press queues its bytes and brings the view back to the
// live screen, or (Shift+Page Up/Down) scrolls the view by a page.
void input_key(input_t* input, vt_t* vt, const proto_msg_t* event);

// A mouse event: its wheel scrolls the view.
void input_mouse(vt_t* vt, const proto_msg_t* event);

// Queue @p length bytes (as if typed).
void input_queue(input_t* input, const char* bytes, size_t length);

// Write what @p fd takes now (it is non-blocking). -1 when it is broken
// (not for EAGAIN: that only means later).
int input_flush(input_t* input, fd_t fd);

#endif
