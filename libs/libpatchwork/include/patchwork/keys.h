// What a key event from dwm means (US layout): a character, or a named
// key such as an arrow, and the bytes a terminal sends for it. Codes are
// the scan codes of <sys/input.h> (set 1 make codes, KBD_EXTENDED added
// for extended keys) and modifiers the PROTO_MOD_ bits of a key event, as
// dwm sends them (docs/desktop.md). The keypad types digits (as with Num
// Lock on). Pure code: the host tests run it too.
#ifndef PATCHWORK_KEYS_H
#define PATCHWORK_KEYS_H

#include <stddef.h>
#include <stdint.h>

typedef enum
{
    PW_KEY_NONE = 0, // a modifier, or a key that means nothing here
    PW_KEY_CHAR,     // a printable character: pw_key_t.ch
    PW_KEY_ENTER,
    PW_KEY_BACKSPACE,
    PW_KEY_TAB,
    PW_KEY_ESCAPE,
    PW_KEY_UP,
    PW_KEY_DOWN,
    PW_KEY_LEFT,
    PW_KEY_RIGHT,
    PW_KEY_HOME,
    PW_KEY_END,
    PW_KEY_PAGE_UP,
    PW_KEY_PAGE_DOWN,
    PW_KEY_INSERT,
    PW_KEY_DELETE,
    PW_KEY_F1, // F1 to F12 follow each other
    PW_KEY_F2,
    PW_KEY_F3,
    PW_KEY_F4,
    PW_KEY_F5,
    PW_KEY_F6,
    PW_KEY_F7,
    PW_KEY_F8,
    PW_KEY_F9,
    PW_KEY_F10,
    PW_KEY_F11,
    PW_KEY_F12,
} pw_key_kind_t;

typedef struct
{
    pw_key_kind_t kind;
    uint32_t ch;        // PW_KEY_CHAR: the character, Shift applied (ASCII 0x20 to 0x7E)
    uint32_t modifiers; // the PROTO_MOD_ bits held
} pw_key_t;

// What the key @p code means with @p modifiers held.
pw_key_t pw_key_decode(uint32_t code, uint32_t modifiers);

// Shift, Ctrl, Alt and Caps Lock: keys that only change others.
int pw_key_is_modifier(uint32_t code);

#define PW_KEY_TERMINAL_MAX 8

// The bytes a terminal sends for the key (xterm's conventions): the
// character, Ctrl+letter as 1 to 26, Alt as an ESC prefix, Enter as CR,
// Backspace as DEL, arrows as ESC [ A to D, Home and End as ESC [ H and
// ESC [ F, Page Up and Down, Insert, Delete and F5 to F12 as ESC [ n ~,
// F1 to F4 as ESC O P to S. Returns how many (0: the key sends nothing).
size_t pw_key_terminal(uint32_t code, uint32_t modifiers, char out[PW_KEY_TERMINAL_MAX]);

#endif
