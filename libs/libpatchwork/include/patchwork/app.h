// The toolkit in a dwm window: a pw_app_window_t is a window (client.h)
// whose pixels a pw_ui_t (widget.h) draws, driven by a pw_loop_t
// (loop.h). Its events go to the ui (keys, the mouse, focus; a resize
// gives the ui the new surface), and after each one what the ui redrew is
// sent to dwm as damage. A program that changes widgets outside an event
// (from a timer, a descriptor) calls pw_app_window_flush afterwards.
//
// Popups are small windows of their own, placed near a point of their
// owner: a menu (closed once an item is chosen) or a message with an OK
// button. A popup also closes when it loses the keyboard, when its owner
// is clicked, or on Escape. dwm gives a new window the keyboard only when
// no window has it, so while a popup is open its owner passes its key
// presses on to it.
#ifndef PATCHWORK_APP_H
#define PATCHWORK_APP_H

#include <patchwork/client.h>
#include <patchwork/controls.h>
#include <patchwork/loop.h>
#include <patchwork/widget.h>

typedef struct pw_app_window pw_app_window_t;
typedef struct pw_app_window pw_popup_t;

typedef void (*pw_app_handler_t)(pw_app_window_t* window, void* data);

// A WIDTH x HEIGHT window at (X, Y) titled TITLE, on LOOP's client, drawn
// with THEME (which must outlive it). Its ui is empty and drawn once the
// loop runs (or at pw_app_window_flush). NULL with errno on failure.
pw_app_window_t* pw_app_window_create(pw_loop_t* loop, int32_t x, int32_t y, uint32_t width, uint32_t height,
                                      const char* title, const pw_theme_t* theme);

// Close the window (and its popup) and free them.
void pw_app_window_destroy(pw_app_window_t* window);

pw_ui_t* pw_app_window_ui(pw_app_window_t* window);
pw_window_t* pw_app_window_window(pw_app_window_t* window);
pw_loop_t* pw_app_window_loop(pw_app_window_t* window);

// Where the window's content is on the screen, as far as this program
// knows: where it was created or moved (dwm does not tell a client that
// the user dragged its window).
void pw_app_window_position(const pw_app_window_t* window, int32_t* x, int32_t* y);

// Called on dwm's close-request; without one the loop stops.
void pw_app_window_on_close(pw_app_window_t* window, pw_app_handler_t handler, void* data);

// Called after each event has been handled and before the redraw (a place
// to bring widgets up to date or report state).
void pw_app_window_on_update(pw_app_window_t* window, pw_app_handler_t handler, void* data);

// Draw what changed and send it as damage. 0, or -1 with errno.
int pw_app_window_flush(pw_app_window_t* window);

// A menu of COUNT ITEMS whose top-left corner is at (X, Y) in OWNER's
// window; ON_CHOOSE gets the menu widget, the item's index and DATA, then
// the popup closes. Any popup OWNER had is closed first. NULL on failure.
pw_popup_t* pw_popup_menu(pw_app_window_t* owner, int32_t x, int32_t y, const char* const* items, size_t count,
                          pw_menu_handler_t on_choose, void* data);

// A message (one line) with an OK button, at (X, Y) in OWNER's window.
pw_popup_t* pw_popup_message(pw_app_window_t* owner, int32_t x, int32_t y, const char* text);

// OWNER's open popup, or NULL.
pw_popup_t* pw_popup_of(const pw_app_window_t* owner);

// Close POPUP (its window goes at the loop's next turn: safe from its own
// handlers).
void pw_popup_close(pw_popup_t* popup);

#endif
