// A small retained toolkit inside one window: a tree of widgets, each a
// rectangle in the window's coordinates that draws itself into the
// window's surface. A pw_ui_t owns the tree (its root fills the surface),
// routes the mouse and the keyboard to the widgets, and keeps the damage:
// a widget that changes calls pw_widget_invalidate, and pw_ui_render
// redraws only the damaged rectangles (the background, then every widget
// that overlaps them, in tree order) and hands the damage back to be sent
// to dwm. Everything here is pure code over a surface_t (the host tests
// run it); app.h puts a pw_ui_t into a dwm window.
//
// Mouse: the deepest visible widget under the pointer is hovered; a press
// makes it the pressed widget, which then gets every mouse event until
// the buttons are released (a capture, as dwm does for windows); a
// release over the pressed widget is a click (its on_click is called).
// The wheel goes to the widget under the pointer, then to its parents
// until one uses it.
//
// Keyboard: key presses (pw_key_decode) go first to the ui's key filter
// (pw_ui_on_key) if any, then to the focused widget, then Tab and
// Shift+Tab move the focus through the focusable widgets in tree order.
// A press on a focusable widget focuses it. The focused widget has a ring
// while the window has the keyboard.
//
// A handler (on_click, a menu's on_choose, ...) may change any widget but
// must not destroy the widget it was called for; hide it, or destroy it
// later (a loop timer).
#ifndef PATCHWORK_WIDGET_H
#define PATCHWORK_WIDGET_H

#include <patchwork/damage.h>
#include <patchwork/keys.h>
#include <patchwork/surface.h>
#include <patchwork/theme.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pw_widget pw_widget_t;
typedef struct pw_ui pw_ui_t;

typedef enum
{
    PW_MOUSE_MOVE,    // moved, buttons unchanged
    PW_MOUSE_PRESS,   // a button went down
    PW_MOUSE_RELEASE, // a button went up
    PW_MOUSE_WHEEL,   // wheel steps (positive: towards the user, scroll down)
} pw_mouse_kind_t;

typedef struct
{
    pw_mouse_kind_t kind;
    int32_t x, y;     // in the window
    uint32_t buttons; // held after the event (PROTO_BUTTON_ bits)
    int32_t wheel;
} pw_mouse_t;

// What a kind of widget does; NULL members do nothing.
typedef struct
{
    const char* name;
    // Draw into SURFACE (its clip is already the damaged part of the
    // widget's rectangle).
    void (*draw)(pw_widget_t* widget, surface_t* surface, const pw_theme_t* theme);
    // A mouse event for the widget; true when used (an unused wheel goes to
    // the parent).
    bool (*mouse)(pw_widget_t* widget, const pw_mouse_t* mouse);
    // A key press while focused; true when used.
    bool (*key)(pw_widget_t* widget, const pw_key_t* key);
    // The rectangle changed (lay out children here).
    void (*resized)(pw_widget_t* widget);
    // Free what the widget's state holds (the state itself is freed after).
    void (*destroy)(pw_widget_t* widget);
} pw_widget_class_t;

typedef void (*pw_widget_handler_t)(pw_widget_t* widget, void* data);

struct pw_widget
{
    const pw_widget_class_t* class;
    pw_ui_t* ui;
    pw_widget_t* parent;
    pw_widget_t* first_child;
    pw_widget_t* last_child;
    pw_widget_t* next; // the next sibling
    rect_t rect;       // in the window's coordinates
    bool hidden;       // not drawn, not hit, not focused
    bool focusable;
    bool clips;        // children are cut to this widget's rectangle
    bool hovered;      // set by the ui
    bool pressed;      // set by the ui: a press began here and is held
    pw_widget_handler_t on_click;
    void* on_click_data;
    void* state;       // the kind's own data (allocated with the widget)
    void* user;        // the program's
};

// The root's kind: draws nothing (the ui fills the background).
extern const pw_widget_class_t pw_container_class;

// A widget of CLASS with STATE_SIZE zeroed bytes of state, added as
// PARENT's last child (NULL: no parent yet; pw_widget_add later). NULL when
// memory is short.
pw_widget_t* pw_widget_create(pw_widget_t* parent, const pw_widget_class_t* class, size_t state_size);

// A plain container (pw_container_class) in PARENT.
pw_widget_t* pw_container_create(pw_widget_t* parent);

// Make CHILD (without a parent) PARENT's last child.
void pw_widget_add(pw_widget_t* parent, pw_widget_t* child);

// Take WIDGET out of its parent and free it and its children.
void pw_widget_destroy(pw_widget_t* widget);

// Move and size WIDGET (damaging where it was and where it goes).
void pw_widget_set_rect(pw_widget_t* widget, rect_t rect);

// Move WIDGET and its children by (DX, DY).
void pw_widget_move_by(pw_widget_t* widget, int32_t dx, int32_t dy);

void pw_widget_set_hidden(pw_widget_t* widget, bool hidden);

// Damage WIDGET's rectangle (cut to the parents that clip): it is drawn
// again at the next pw_ui_render.
void pw_widget_invalidate(pw_widget_t* widget);

// The widget's rectangle as far as it is visible (cut by clipping
// parents); empty when hidden.
rect_t pw_widget_visible_rect(const pw_widget_t* widget);

// Whether the window has the keyboard and WIDGET is focused.
bool pw_widget_has_focus(const pw_widget_t* widget);

struct pw_ui
{
    surface_t* surface;
    const pw_theme_t* theme;
    pw_widget_t* root;
    pw_widget_t* hover;
    pw_widget_t* pressed;
    pw_widget_t* focus;
    bool window_focused;
    uint32_t buttons;
    damage_t damage;
    bool (*key_filter)(pw_ui_t* ui, const pw_key_t* key, void* data);
    void* key_filter_data;
    void* user;
};

// Set UI up to draw into SURFACE with THEME (both must outlive it): a root
// container filling the surface, everything damaged. False when memory
// is short.
bool pw_ui_init(pw_ui_t* ui, surface_t* surface, const pw_theme_t* theme);

// Free the tree.
void pw_ui_destroy(pw_ui_t* ui);

// A new surface (e.g. after the window was resized): the root takes its
// size and everything is damaged.
void pw_ui_set_surface(pw_ui_t* ui, surface_t* surface);

// Called with each key press before the widgets see it; true: used.
void pw_ui_on_key(pw_ui_t* ui, bool (*filter)(pw_ui_t* ui, const pw_key_t* key, void* data), void* data);

// The pointer is at (X, Y) in the window with BUTTONS held and WHEEL
// steps (a dwm mouse event).
void pw_ui_mouse(pw_ui_t* ui, int32_t x, int32_t y, uint32_t buttons, int32_t wheel);

// The pointer left the window (hover ends).
void pw_ui_mouse_leave(pw_ui_t* ui);

// A key event from dwm (releases are ignored).
void pw_ui_key(pw_ui_t* ui, uint32_t type, uint32_t code, uint32_t modifiers);

// The window got or lost the keyboard.
void pw_ui_window_focus(pw_ui_t* ui, bool focused);

// Focus WIDGET (NULL: none); it need not be focusable.
void pw_ui_focus(pw_ui_t* ui, pw_widget_t* widget);

// Move the focus to the next (or previous) focusable widget, wrapping.
void pw_ui_focus_next(pw_ui_t* ui, bool backwards);

// The deepest visible widget at (X, Y), or NULL outside the root.
pw_widget_t* pw_ui_widget_at(pw_ui_t* ui, int32_t x, int32_t y);

// Damage the whole window.
void pw_ui_invalidate_all(pw_ui_t* ui);

// Draw what is damaged; the damage is moved to *DONE (if not NULL) and
// cleared. False when nothing was damaged.
bool pw_ui_render(pw_ui_t* ui, damage_t* done);

#endif
