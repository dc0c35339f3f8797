#include "ps2_decode.h"

#include <kernel/test/ktest.h>

KTEST(ps2, key_press_and_release)
{
    ps2_kbd_decoder_t decoder = {0};
    kbd_event_t event;
    KTEST_ASSERT(ps2_kbd_decode(&decoder, 0x1E, &event)); // A down
    KTEST_ASSERT_EQ(event.type, KBD_PRESS);
    KTEST_ASSERT_EQ(event.code, 0x1E);
    KTEST_ASSERT(ps2_kbd_decode(&decoder, 0x9E, &event)); // A up
    KTEST_ASSERT_EQ(event.type, KBD_RELEASE);
    KTEST_ASSERT_EQ(event.code, 0x1E);
}

KTEST(ps2, extended_key_and_pause)
{
    ps2_kbd_decoder_t decoder = {0};
    kbd_event_t event;
    KTEST_ASSERT(!ps2_kbd_decode(&decoder, 0xE0, &event));
    KTEST_ASSERT(ps2_kbd_decode(&decoder, 0x48, &event)); // up arrow
    KTEST_ASSERT_EQ(event.code, KBD_EXTENDED | 0x48);
    // Pause: E1 1D 45 E1 9D C5 makes no event, and the next key is whole.
    const uint8_t pause[] = {0xE1, 0x1D, 0x45, 0xE1, 0x9D, 0xC5};
    for (unsigned i = 0; i < sizeof(pause); i++)
    {
        KTEST_ASSERT(!ps2_kbd_decode(&decoder, pause[i], &event));
    }
    KTEST_ASSERT(ps2_kbd_decode(&decoder, 0x1C, &event)); // Enter
    KTEST_ASSERT_EQ(event.code, 0x1C);
}

KTEST(ps2, mouse_packet_signs_and_resync)
{
    ps2_mouse_decoder_t decoder = {0};
    mouse_event_t event;
    // Left button, x = -3 (sign bit), y = +5 (up, so dy = -5 on screen).
    KTEST_ASSERT(!ps2_mouse_decode(&decoder, 0x19, &event));
    KTEST_ASSERT(!ps2_mouse_decode(&decoder, 0xFD, &event));
    KTEST_ASSERT(ps2_mouse_decode(&decoder, 0x05, &event));
    KTEST_ASSERT_EQ(event.buttons, MOUSE_LEFT);
    KTEST_ASSERT_EQ((uint64_t)(int64_t)event.dx, (uint64_t)(int64_t)-3);
    KTEST_ASSERT_EQ((uint64_t)(int64_t)event.dy, (uint64_t)(int64_t)-5);
    // A stray byte without bit 3 is skipped until a packet starts.
    KTEST_ASSERT(!ps2_mouse_decode(&decoder, 0x00, &event));
    KTEST_ASSERT(!ps2_mouse_decode(&decoder, 0x0A, &event)); // right button
    KTEST_ASSERT(!ps2_mouse_decode(&decoder, 0x01, &event));
    KTEST_ASSERT(ps2_mouse_decode(&decoder, 0x00, &event));
    KTEST_ASSERT_EQ(event.buttons, MOUSE_RIGHT);
    KTEST_ASSERT_EQ(event.dx, 1);
}
