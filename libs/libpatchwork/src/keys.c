// Key codes to characters and terminal bytes (keys.h).
#include <patchwork/keys.h>
#include <patchwork/proto.h>

#include <string.h>

#define EXTENDED 0xE000 // <sys/input.h>'s KBD_EXTENDED; this file also builds on the host

// Set-1 make codes 0x00-0x39 of the main block, without and with Shift;
// 0 where the key is not a printable character.
static const char keys_plain[0x3A] = {
    0, 0, '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '=', 0, 0,
    'q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p', '[', ']', 0, 0, 'a', 's',
    'd', 'f', 'g', 'h', 'j', 'k', 'l', ';', '\'', '`', 0, '\\', 'z', 'x', 'c', 'v',
    'b', 'n', 'm', ',', '.', '/', 0, '*', 0, ' ',
};
static const char keys_shifted[0x3A] = {
    0, 0, '!', '@', '#', '$', '%', '^', '&', '*', '(', ')', '_', '+', 0, 0,
    'Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P', '{', '}', 0, 0, 'A', 'S',
    'D', 'F', 'G', 'H', 'J', 'K', 'L', ':', '"', '~', 0, '|', 'Z', 'X', 'C', 'V',
    'B', 'N', 'M', '<', '>', '?', 0, '*', 0, ' ',
};

// The keypad's codes 0x47-0x53, as digits and operators.
static const char keys_keypad[0x53 - 0x47 + 1] = {
    '7', '8', '9', '-', '4', '5', '6', '+', '1', '2', '3', '0', '.',
};

typedef struct
{
    uint32_t code;
    pw_key_kind_t kind;
} keys_named_t;

static const keys_named_t keys_named[] = {
    {0x01, PW_KEY_ESCAPE},
    {0x0E, PW_KEY_BACKSPACE},
    {0x0F, PW_KEY_TAB},
    {0x1C, PW_KEY_ENTER},
    {EXTENDED | 0x1C, PW_KEY_ENTER},
    {EXTENDED | 0x47, PW_KEY_HOME},
    {EXTENDED | 0x48, PW_KEY_UP},
    {EXTENDED | 0x49, PW_KEY_PAGE_UP},
    {EXTENDED | 0x4B, PW_KEY_LEFT},
    {EXTENDED | 0x4D, PW_KEY_RIGHT},
    {EXTENDED | 0x4F, PW_KEY_END},
    {EXTENDED | 0x50, PW_KEY_DOWN},
    {EXTENDED | 0x51, PW_KEY_PAGE_DOWN},
    {EXTENDED | 0x52, PW_KEY_INSERT},
    {EXTENDED | 0x53, PW_KEY_DELETE},
    {0x57, PW_KEY_F11},
    {0x58, PW_KEY_F12},
};

int pw_key_is_modifier(uint32_t code)
{
    return code == 0x2A || code == 0x36 || code == 0x1D || code == (EXTENDED | 0x1D) || code == 0x38 ||
           code == (EXTENDED | 0x38) || code == 0x3A;
}

pw_key_t pw_key_decode(uint32_t code, uint32_t modifiers)
{
    pw_key_t key = {PW_KEY_NONE, 0, modifiers & PROTO_MODS_ALL};
    char ch = 0;
    if (code < sizeof(keys_plain))
    {
        ch = (modifiers & PROTO_MOD_SHIFT) ? keys_shifted[code] : keys_plain[code];
    }
    else if (code >= 0x47 && code <= 0x53)
    {
        ch = keys_keypad[code - 0x47];
    }
    else if (code == (EXTENDED | 0x35))
    {
        ch = '/';
    }
    else if (code >= 0x3B && code <= 0x44)
    {
        key.kind = (pw_key_kind_t)(PW_KEY_F1 + (code - 0x3B));
        return key;
    }
    if (ch != 0)
    {
        key.kind = PW_KEY_CHAR;
        key.ch = (uint8_t)ch;
        return key;
    }
    for (size_t i = 0; i < sizeof(keys_named) / sizeof(keys_named[0]); i++)
    {
        if (keys_named[i].code == code)
        {
            key.kind = keys_named[i].kind;
            break;
        }
    }
    return key;
}

// The text after "ESC [" of the keys that send a CSI sequence.
static const char* keys_csi(pw_key_kind_t kind)
{
    switch (kind)
    {
    case PW_KEY_UP: return "A";
    case PW_KEY_DOWN: return "B";
    case PW_KEY_RIGHT: return "C";
    case PW_KEY_LEFT: return "D";
    case PW_KEY_HOME: return "H";
    case PW_KEY_END: return "F";
    case PW_KEY_INSERT: return "2~";
    case PW_KEY_DELETE: return "3~";
    case PW_KEY_PAGE_UP: return "5~";
    case PW_KEY_PAGE_DOWN: return "6~";
    case PW_KEY_F5: return "15~";
    case PW_KEY_F6: return "17~";
    case PW_KEY_F7: return "18~";
    case PW_KEY_F8: return "19~";
    case PW_KEY_F9: return "20~";
    case PW_KEY_F10: return "21~";
    case PW_KEY_F11: return "23~";
    case PW_KEY_F12: return "24~";
    default: return NULL;
    }
}

// The one byte of a character or a control key; -1 if it has none.
static int keys_byte(pw_key_t key)
{
    switch (key.kind)
    {
    case PW_KEY_CHAR:
        if (key.modifiers & PROTO_MOD_CTRL)
        {
            if ((key.ch >= 'a' && key.ch <= 'z') || (key.ch >= 'A' && key.ch <= 'Z'))
            {
                return (int)(key.ch & 0x1F);
            }
            switch (key.ch)
            {
            case ' ': case '@': case '2': return 0x00;
            case '[': return 0x1B;
            case '\\': return 0x1C;
            case ']': return 0x1D;
            case '^': case '6': return 0x1E;
            case '_': case '-': return 0x1F;
            default: break;
            }
        }
        return (int)key.ch;
    case PW_KEY_ENTER: return '\r';
    case PW_KEY_BACKSPACE: return 0x7F;
    case PW_KEY_TAB: return '\t';
    case PW_KEY_ESCAPE: return 0x1B;
    default: return -1;
    }
}

size_t pw_key_terminal(uint32_t code, uint32_t modifiers, char out[PW_KEY_TERMINAL_MAX])
{
    pw_key_t key = pw_key_decode(code, modifiers);
    size_t length = 0;
    int byte = keys_byte(key);
    if (byte >= 0)
    {
        if (key.modifiers & PROTO_MOD_ALT)
        {
            out[length++] = 0x1B;
        }
        out[length++] = (char)byte;
        return length;
    }
    if (key.kind >= PW_KEY_F1 && key.kind <= PW_KEY_F4)
    {
        out[0] = 0x1B;
        out[1] = 'O';
        out[2] = (char)('P' + (key.kind - PW_KEY_F1));
        return 3;
    }
    const char* csi = keys_csi(key.kind);
    if (csi == NULL)
    {
        return 0;
    }
    out[length++] = 0x1B;
    out[length++] = '[';
    size_t tail = strlen(csi);
    memcpy(out + length, csi, tail);
    return length + tail;
}
