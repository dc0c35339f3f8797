/* Keys from dwm: its codes are PS/2 scan code set 1 make codes
 * (<sys/input.h>, KBD_EXTENDED added for the 0xE0 keys), turned into SDL
 * scancodes here; SDL's default US keymap gives the keycodes, and
 * libpatchwork's key decoder (<patchwork/keys.h>) the text. dwm repeats no
 * keys, so a held key is repeated here, unless the OS sends the presses
 * again by itself (then those are the repeats). */
#include "SDL_patchworkvideo.h"

#if SDL_VIDEO_DRIVER_PATCHWORK

#include "../../events/SDL_keyboard_c.h"

#include <patchwork/keys.h>
#include <sys/input.h>
#include <sys/proc.h>

/* Set 1 make codes 0x00 to 0x58, without the prefix. */
static const SDL_Scancode plain_keys[0x59] = {
    [0x01] = SDL_SCANCODE_ESCAPE,
    [0x02] = SDL_SCANCODE_1, [0x03] = SDL_SCANCODE_2, [0x04] = SDL_SCANCODE_3,
    [0x05] = SDL_SCANCODE_4, [0x06] = SDL_SCANCODE_5, [0x07] = SDL_SCANCODE_6,
    [0x08] = SDL_SCANCODE_7, [0x09] = SDL_SCANCODE_8, [0x0A] = SDL_SCANCODE_9,
    [0x0B] = SDL_SCANCODE_0, [0x0C] = SDL_SCANCODE_MINUS, [0x0D] = SDL_SCANCODE_EQUALS,
    [0x0E] = SDL_SCANCODE_BACKSPACE, [0x0F] = SDL_SCANCODE_TAB,
    [0x10] = SDL_SCANCODE_Q, [0x11] = SDL_SCANCODE_W, [0x12] = SDL_SCANCODE_E,
    [0x13] = SDL_SCANCODE_R, [0x14] = SDL_SCANCODE_T, [0x15] = SDL_SCANCODE_Y,
    [0x16] = SDL_SCANCODE_U, [0x17] = SDL_SCANCODE_I, [0x18] = SDL_SCANCODE_O,
    [0x19] = SDL_SCANCODE_P, [0x1A] = SDL_SCANCODE_LEFTBRACKET, [0x1B] = SDL_SCANCODE_RIGHTBRACKET,
    [0x1C] = SDL_SCANCODE_RETURN, [0x1D] = SDL_SCANCODE_LCTRL,
    [0x1E] = SDL_SCANCODE_A, [0x1F] = SDL_SCANCODE_S, [0x20] = SDL_SCANCODE_D,
    [0x21] = SDL_SCANCODE_F, [0x22] = SDL_SCANCODE_G, [0x23] = SDL_SCANCODE_H,
    [0x24] = SDL_SCANCODE_J, [0x25] = SDL_SCANCODE_K, [0x26] = SDL_SCANCODE_L,
    [0x27] = SDL_SCANCODE_SEMICOLON, [0x28] = SDL_SCANCODE_APOSTROPHE, [0x29] = SDL_SCANCODE_GRAVE,
    [0x2A] = SDL_SCANCODE_LSHIFT, [0x2B] = SDL_SCANCODE_BACKSLASH,
    [0x2C] = SDL_SCANCODE_Z, [0x2D] = SDL_SCANCODE_X, [0x2E] = SDL_SCANCODE_C,
    [0x2F] = SDL_SCANCODE_V, [0x30] = SDL_SCANCODE_B, [0x31] = SDL_SCANCODE_N,
    [0x32] = SDL_SCANCODE_M, [0x33] = SDL_SCANCODE_COMMA, [0x34] = SDL_SCANCODE_PERIOD,
    [0x35] = SDL_SCANCODE_SLASH, [0x36] = SDL_SCANCODE_RSHIFT, [0x37] = SDL_SCANCODE_KP_MULTIPLY,
    [0x38] = SDL_SCANCODE_LALT, [0x39] = SDL_SCANCODE_SPACE, [0x3A] = SDL_SCANCODE_CAPSLOCK,
    [0x3B] = SDL_SCANCODE_F1, [0x3C] = SDL_SCANCODE_F2, [0x3D] = SDL_SCANCODE_F3,
    [0x3E] = SDL_SCANCODE_F4, [0x3F] = SDL_SCANCODE_F5, [0x40] = SDL_SCANCODE_F6,
    [0x41] = SDL_SCANCODE_F7, [0x42] = SDL_SCANCODE_F8, [0x43] = SDL_SCANCODE_F9,
    [0x44] = SDL_SCANCODE_F10, [0x45] = SDL_SCANCODE_NUMLOCKCLEAR, [0x46] = SDL_SCANCODE_SCROLLLOCK,
    [0x47] = SDL_SCANCODE_KP_7, [0x48] = SDL_SCANCODE_KP_8, [0x49] = SDL_SCANCODE_KP_9,
    [0x4A] = SDL_SCANCODE_KP_MINUS, [0x4B] = SDL_SCANCODE_KP_4, [0x4C] = SDL_SCANCODE_KP_5,
    [0x4D] = SDL_SCANCODE_KP_6, [0x4E] = SDL_SCANCODE_KP_PLUS, [0x4F] = SDL_SCANCODE_KP_1,
    [0x50] = SDL_SCANCODE_KP_2, [0x51] = SDL_SCANCODE_KP_3, [0x52] = SDL_SCANCODE_KP_0,
    [0x53] = SDL_SCANCODE_KP_PERIOD, [0x56] = SDL_SCANCODE_NONUSBACKSLASH,
    [0x57] = SDL_SCANCODE_F11, [0x58] = SDL_SCANCODE_F12,
};

/* The keys sent with the 0xE0 prefix. */
static const struct
{
    Uint32 code;
    SDL_Scancode scancode;
} extended_keys[] = {
    { 0x1C, SDL_SCANCODE_KP_ENTER }, { 0x1D, SDL_SCANCODE_RCTRL },
    { 0x35, SDL_SCANCODE_KP_DIVIDE }, { 0x37, SDL_SCANCODE_PRINTSCREEN },
    { 0x38, SDL_SCANCODE_RALT }, { 0x47, SDL_SCANCODE_HOME },
    { 0x48, SDL_SCANCODE_UP }, { 0x49, SDL_SCANCODE_PAGEUP },
    { 0x4B, SDL_SCANCODE_LEFT }, { 0x4D, SDL_SCANCODE_RIGHT },
    { 0x4F, SDL_SCANCODE_END }, { 0x50, SDL_SCANCODE_DOWN },
    { 0x51, SDL_SCANCODE_PAGEDOWN }, { 0x52, SDL_SCANCODE_INSERT },
    { 0x53, SDL_SCANCODE_DELETE }, { 0x5B, SDL_SCANCODE_LGUI },
    { 0x5C, SDL_SCANCODE_RGUI }, { 0x5D, SDL_SCANCODE_APPLICATION },
};

SDL_Scancode PATCHWORK_ScancodeFromCode(Uint32 code)
{
    size_t i;

    if (code < SDL_arraysize(plain_keys)) {
        return plain_keys[code];
    }
    if ((code & 0xFF00) != KBD_EXTENDED || code > 0xFFFF) {
        return SDL_SCANCODE_UNKNOWN;
    }
    for (i = 0; i < SDL_arraysize(extended_keys); i++) {
        if (extended_keys[i].code == (code & 0xFF)) {
            return extended_keys[i].scancode;
        }
    }
    return SDL_SCANCODE_UNKNOWN;
}

/* The character a press types, for SDL_TEXTINPUT: printable ASCII with
 * Shift applied; nothing with Ctrl or Alt held (those are commands). */
static void send_text(Uint32 code, Uint32 modifiers)
{
    pw_key_t key = pw_key_decode(code, modifiers);
    char text[2];

    if (key.kind != PW_KEY_CHAR || (modifiers & (PROTO_MOD_CTRL | PROTO_MOD_ALT))) {
        return;
    }
    text[0] = (char)key.ch;
    text[1] = '\0';
    SDL_SendKeyboardText(text);
}

void PATCHWORK_StopRepeat(_THIS)
{
    PATCHWORK_VideoData *data = _this->driverdata;
    data->repeat_scancode = SDL_SCANCODE_UNKNOWN;
    data->repeat_by_os = SDL_FALSE;
}

void PATCHWORK_HandleKey(_THIS, const proto_msg_t *event)
{
    PATCHWORK_VideoData *data = _this->driverdata;
    SDL_Scancode scancode = PATCHWORK_ScancodeFromCode(event->key.code);

    if (scancode == SDL_SCANCODE_UNKNOWN) {
        return;
    }
    if (event->key.type == PROTO_KEY_RELEASE) {
        SDL_SendKeyboardKey(SDL_RELEASED, scancode);
        if (scancode == data->repeat_scancode) {
            PATCHWORK_StopRepeat(_this);
        }
        return;
    }
    /* A press of a key SDL holds down already is the OS repeating it:
     * SDL marks it as a repeat, and the driver's own timer stays off. */
    if (SDL_GetKeyboardState(NULL)[scancode]) {
        if (scancode == data->repeat_scancode) {
            data->repeat_by_os = SDL_TRUE;
        }
    } else if (!pw_key_is_modifier(event->key.code)) {
        data->repeat_scancode = scancode;
        data->repeat_code = event->key.code;
        data->repeat_modifiers = event->key.modifiers;
        data->repeat_next_ns = uptime() + PATCHWORK_REPEAT_DELAY_NS;
        data->repeat_by_os = SDL_FALSE;
    }
    SDL_SendKeyboardKey(SDL_PRESSED, scancode);
    send_text(event->key.code, event->key.modifiers);
}

void PATCHWORK_RepeatKeys(_THIS)
{
    PATCHWORK_VideoData *data = _this->driverdata;
    Uint64 now;

    if (data->repeat_scancode == SDL_SCANCODE_UNKNOWN || data->repeat_by_os) {
        return;
    }
    if (!SDL_GetKeyboardState(NULL)[data->repeat_scancode]) {
        /* SDL let go of it (the window lost the keyboard). */
        PATCHWORK_StopRepeat(_this);
        return;
    }
    now = uptime();
    if (now < data->repeat_next_ns) {
        return;
    }
    /* One repeat per pump however late the pump is: a program that stalls
     * gets no burst of presses afterwards. */
    data->repeat_next_ns = now + PATCHWORK_REPEAT_INTERVAL_NS;
    SDL_SendKeyboardKey(SDL_PRESSED, data->repeat_scancode);
    send_text(data->repeat_code, data->repeat_modifiers);
}

#endif /* SDL_VIDEO_DRIVER_PATCHWORK */
