// Turning PS/2 key events into the bytes a terminal would send (US
// layout), so the screen and keyboard make a console like the serial
// port does: letters, Enter as CR, Backspace as DEL, arrows as ESC [ A...
#ifndef KERNEL_CONSOLE_KEYMAP_H
#define KERNEL_CONSOLE_KEYMAP_H 1

#include <stdbool.h>
#include <stddef.h>
#include <sys/input.h>

/** The modifier keys held down (and Caps Lock). */
typedef struct
{
    bool left_shift;
    bool right_shift;
    bool left_control;
    bool right_control;
    bool caps_lock;
} keymap_state_t;

#define KEYMAP_BYTES_MAX 4

/** The bytes @p event types into @p out (at most KEYMAP_BYTES_MAX); often none. */
size_t keymap_translate(keymap_state_t* state, const kbd_event_t* event, char out[KEYMAP_BYTES_MAX]);

#endif
