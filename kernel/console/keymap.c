#include "keymap.h"

#include <string.h>

#define CODE_LEFT_SHIFT 0x2A
#define CODE_RIGHT_SHIFT 0x36
#define CODE_CONTROL 0x1D
#define CODE_CAPS_LOCK 0x3A

// Set-1 make codes 0x00-0x39 of the main block, unshifted and shifted;
// 0 where a key types nothing. Backspace is DEL and Enter CR, as from a
// terminal.
static const char keymap_plain[0x3A] = {
    0, 0x1B, '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '=', 0x7F, '\t',
    'q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p', '[', ']', '\r', 0, 'a', 's',
    'd', 'f', 'g', 'h', 'j', 'k', 'l', ';', '\'', '`', 0, '\\', 'z', 'x', 'c', 'v',
    'b', 'n', 'm', ',', '.', '/', 0, '*', 0, ' ',
};
static const char keymap_shifted[0x3A] = {
    0, 0x1B, '!', '@', '#', '$', '%', '^', '&', '*', '(', ')', '_', '+', 0x7F, '\t',
    'Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P', '{', '}', '\r', 0, 'A', 'S',
    'D', 'F', 'G', 'H', 'J', 'K', 'L', ':', '"', '~', 0, '|', 'Z', 'X', 'C', 'V',
    'B', 'N', 'M', '<', '>', '?', 0, '*', 0, ' ',
};

// Extended keys that type an escape sequence (its text after "ESC [").
typedef struct
{
    uint32_t code;
    const char* sequence;
} keymap_sequence_t;

static const keymap_sequence_t keymap_sequences[] = {
    {KBD_EXTENDED | 0x48, "A"},  // up
    {KBD_EXTENDED | 0x50, "B"},  // down
    {KBD_EXTENDED | 0x4D, "C"},  // right
    {KBD_EXTENDED | 0x4B, "D"},  // left
    {KBD_EXTENDED | 0x47, "H"},  // Home
    {KBD_EXTENDED | 0x4F, "F"},  // End
    {KBD_EXTENDED | 0x53, "3~"}, // Delete
};

// Modifier keys change the state and type nothing; true if it was one.
static bool keymap_modifier(keymap_state_t* state, const kbd_event_t* event)
{
    bool down = event->type == KBD_PRESS;
    switch (event->code)
    {
    case CODE_LEFT_SHIFT:
        state->left_shift = down;
        return true;
    case CODE_RIGHT_SHIFT:
        state->right_shift = down;
        return true;
    case CODE_CONTROL:
        state->left_control = down;
        return true;
    case KBD_EXTENDED | CODE_CONTROL:
        state->right_control = down;
        return true;
    case CODE_CAPS_LOCK:
        state->caps_lock ^= down;
        return true;
    default:
        return false;
    }
}

static size_t keymap_extended(uint32_t code, char out[KEYMAP_BYTES_MAX])
{
    if (code == (KBD_EXTENDED | 0x1C)) // keypad Enter
    {
        out[0] = '\r';
        return 1;
    }
    if (code == (KBD_EXTENDED | 0x35)) // keypad '/'
    {
        out[0] = '/';
        return 1;
    }
    for (size_t i = 0; i < sizeof(keymap_sequences) / sizeof(keymap_sequences[0]); i++)
    {
        if (keymap_sequences[i].code == code)
        {
            size_t length = strlen(keymap_sequences[i].sequence);
            out[0] = 0x1B;
            out[1] = '[';
            memcpy(out + 2, keymap_sequences[i].sequence, length);
            return 2 + length;
        }
    }
    return 0;
}

size_t keymap_translate(keymap_state_t* state, const kbd_event_t* event, char out[KEYMAP_BYTES_MAX])
{
    if (keymap_modifier(state, event) || event->type != KBD_PRESS)
    {
        return 0;
    }
    if (event->code & KBD_EXTENDED)
    {
        return keymap_extended(event->code, out);
    }
    if (event->code >= sizeof(keymap_plain))
    {
        return 0;
    }
    bool shift = state->left_shift || state->right_shift;
    char plain = keymap_plain[event->code];
    bool letter = plain >= 'a' && plain <= 'z';
    // Caps Lock shifts letters only, and Shift undoes it.
    char c = (shift != (letter && state->caps_lock)) ? keymap_shifted[event->code] : plain;
    if (c == 0)
    {
        return 0;
    }
    if ((state->left_control || state->right_control) && letter)
    {
        c = (char)(plain & 0x1F); // ^A is 1, ^C is 3, ...
    }
    out[0] = c;
    return 1;
}
