// An event loop for desktop programs: a dwm connection's events, other
// descriptors, and timers on the monotonic clock (uptime()), each with a
// handler; pw_loop_run calls them until a handler calls pw_loop_stop.
//
// Events of dwm that name a window (key, mouse, focus, close-request,
// window-resized) go to the handler registered for that window with
// pw_loop_watch_window, if any, otherwise to the loop's general event
// handler (pw_loop_on_event); the others (errors, probe results) go to
// the general handler. The toolkit (widget.h's pw_app and pw_popup)
// registers its windows here, so a program may have several.
//
// Timers are one-shot (interval 0) or repeating: a repeating timer is
// due every interval after its first expiry, on a fixed schedule (a late
// turn does not shift the next ones; turns missed entirely are skipped,
// not run in a burst). Handlers may add and cancel timers and
// descriptors, their own included, and register windows.
//
// Single-threaded: call everything from the thread that runs the loop.
#ifndef PATCHWORK_LOOP_H
#define PATCHWORK_LOOP_H

#include <patchwork/client.h>

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct pw_loop pw_loop_t;

// A timer's id: never 0 (0 means "no timer").
typedef uint32_t pw_timer_id_t;

// A dwm event (a proto_msg_t of a server type).
typedef void (*pw_event_handler_t)(pw_loop_t* loop, const proto_msg_t* event, void* data);
// A descriptor became ready: REVENTS as io_poll gives them (POLL_ERROR,
// POLL_HANGUP and POLL_INVALID included, so a handler should remove a
// descriptor that broke).
typedef void (*pw_fd_handler_t)(pw_loop_t* loop, fd_t fd, uint16_t revents, void* data);
// A timer expired.
typedef void (*pw_timer_handler_t)(pw_loop_t* loop, pw_timer_id_t timer, void* data);

// How many descriptors and timers one loop holds, and windows it routes.
#define PW_LOOP_MAX_FDS 16
#define PW_LOOP_MAX_TIMERS 32
#define PW_LOOP_MAX_WINDOWS 16

// A loop over CLIENT's events (NULL: no dwm connection, only descriptors
// and timers). NULL with errno ENOMEM.
pw_loop_t* pw_loop_create(pw_client_t* client);

// Free the loop (not the client).
void pw_loop_destroy(pw_loop_t* loop);

// The client given to pw_loop_create.
pw_client_t* pw_loop_client(const pw_loop_t* loop);

// The handler of events no window handler takes (NULL: drop them).
void pw_loop_on_event(pw_loop_t* loop, pw_event_handler_t handler, void* data);

// Route the events naming WINDOW (a window id) to HANDLER; NULL handler
// forgets the window. -1 with ENOSPC when PW_LOOP_MAX_WINDOWS are routed.
int pw_loop_watch_window(pw_loop_t* loop, uint32_t window, pw_event_handler_t handler, void* data);

// Call HANDLER when FD has one of EVENTS (POLL_READ, POLL_WRITE). Adding
// a descriptor again replaces its handler. -1 with ENOSPC when full.
int pw_loop_add_fd(pw_loop_t* loop, fd_t fd, uint16_t events, pw_fd_handler_t handler, void* data);

// Stop watching FD (nothing if it is not watched).
void pw_loop_remove_fd(pw_loop_t* loop, fd_t fd);

// Call HANDLER DELAY_NS from now, and then every INTERVAL_NS (0: once).
// Returns the timer's id, or 0 with errno ENOSPC when full.
pw_timer_id_t pw_loop_add_timer(pw_loop_t* loop, uint64_t delay_ns, uint64_t interval_ns,
                                pw_timer_handler_t handler, void* data);

// Cancel TIMER (nothing if it already ended or is 0). A one-shot timer
// ends once its handler has been called.
void pw_loop_cancel_timer(pw_loop_t* loop, pw_timer_id_t timer);

// Whether TIMER is still pending.
bool pw_loop_timer_pending(const pw_loop_t* loop, pw_timer_id_t timer);

// The monotonic clock the timers use, in nanoseconds (uptime()).
uint64_t pw_loop_now(void);

// Run until pw_loop_stop: 0 then; -1 when waiting fails or the dwm
// connection ends or breaks (errno as pw_next_event set it: EPIPE when dwm
// closed it).
int pw_loop_run(pw_loop_t* loop);

// Make pw_loop_run return once the current handler returns.
void pw_loop_stop(pw_loop_t* loop);

// One turn: dispatch what is ready, waiting at most TIMEOUT_NS for
// something (0: not at all). For programs with their own outer loop and
// for tests. 0, or -1 as pw_loop_run.
int pw_loop_turn(pw_loop_t* loop, uint64_t timeout_ns);

#endif
