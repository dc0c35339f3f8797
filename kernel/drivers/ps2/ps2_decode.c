#include "ps2_decode.h"

#include <string.h>

#define PS2_PREFIX_EXTENDED 0xE0
#define PS2_PREFIX_PAUSE 0xE1
#define PS2_PAUSE_LENGTH 5 // bytes after 0xE1 in the Pause key's sequence
#define PS2_RELEASE_BIT 0x80

bool ps2_kbd_decode(ps2_kbd_decoder_t* decoder, uint8_t byte, kbd_event_t* event)
{
    if (decoder->skip > 0)
    {
        decoder->skip--;
        return false;
    }
    if (byte == PS2_PREFIX_EXTENDED)
    {
        decoder->extended = true;
        return false;
    }
    if (byte == PS2_PREFIX_PAUSE)
    {
        decoder->skip = PS2_PAUSE_LENGTH;
        return false;
    }
    memset(event, 0, sizeof(*event));
    event->type = byte & PS2_RELEASE_BIT ? KBD_RELEASE : KBD_PRESS;
    event->code = (byte & ~PS2_RELEASE_BIT) + (decoder->extended ? KBD_EXTENDED : 0);
    decoder->extended = false;
    // Extended 0x2A/0x36 are fake shifts some keyboards add around keys.
    return !(event->code == (KBD_EXTENDED | 0x2A) || event->code == (KBD_EXTENDED | 0x36));
}

#define MOUSE_ALWAYS_ONE 0x08
#define MOUSE_X_SIGN 0x10
#define MOUSE_Y_SIGN 0x20
#define MOUSE_OVERFLOW 0xC0

bool ps2_mouse_decode(ps2_mouse_decoder_t* decoder, uint8_t byte, mouse_event_t* event)
{
    if (decoder->count == 0 && !(byte & MOUSE_ALWAYS_ONE))
    {
        return false; // out of step: wait for a first byte
    }
    decoder->bytes[decoder->count++] = byte;
    if (decoder->count < 3)
    {
        return false;
    }
    decoder->count = 0;
    uint8_t flags = decoder->bytes[0];
    memset(event, 0, sizeof(*event));
    event->buttons = flags & (MOUSE_LEFT | MOUSE_RIGHT | MOUSE_MIDDLE);
    if (!(flags & MOUSE_OVERFLOW))
    {
        // 9-bit two's complement: the sign bits live in the first byte.
        event->dx = (int32_t)decoder->bytes[1] - ((flags & MOUSE_X_SIGN) ? 256 : 0);
        event->dy = -((int32_t)decoder->bytes[2] - ((flags & MOUSE_Y_SIGN) ? 256 : 0));
    }
    return true;
}
