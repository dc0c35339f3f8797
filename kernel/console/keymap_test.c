#include "keymap.h"

#include <kernel/test/ktest.h>

#include <string.h>

static size_t keymap_test_key(keymap_state_t* state, uint32_t code, uint32_t type, char out[KEYMAP_BYTES_MAX])
{
    kbd_event_t event = {.type = type, .code = code};
    return keymap_translate(state, &event, out);
}

KTEST(console, keymap_letters_shift_and_caps)
{
    keymap_state_t state = {0};
    char out[KEYMAP_BYTES_MAX];
    KTEST_ASSERT_EQ(keymap_test_key(&state, 0x1E, KBD_PRESS, out), 1); // A
    KTEST_ASSERT_EQ(out[0], 'a');
    KTEST_ASSERT_EQ(keymap_test_key(&state, 0x1E, KBD_RELEASE, out), 0);
    keymap_test_key(&state, 0x2A, KBD_PRESS, out); // left shift down
    keymap_test_key(&state, 0x02, KBD_PRESS, out); // 1
    KTEST_ASSERT_EQ(out[0], '!');
    keymap_test_key(&state, 0x1E, KBD_PRESS, out);
    KTEST_ASSERT_EQ(out[0], 'A');
    keymap_test_key(&state, 0x2A, KBD_RELEASE, out);
    keymap_test_key(&state, 0x3A, KBD_PRESS, out); // Caps Lock on
    keymap_test_key(&state, 0x1E, KBD_PRESS, out);
    KTEST_ASSERT_EQ(out[0], 'A');
    keymap_test_key(&state, 0x02, KBD_PRESS, out); // digits are not capitals
    KTEST_ASSERT_EQ(out[0], '1');
}

KTEST(console, keymap_control_enter_and_arrows)
{
    keymap_state_t state = {0};
    char out[KEYMAP_BYTES_MAX];
    keymap_test_key(&state, 0x1D, KBD_PRESS, out); // Ctrl
    keymap_test_key(&state, 0x2E, KBD_PRESS, out); // C
    KTEST_ASSERT_EQ(out[0], 0x03);
    keymap_test_key(&state, 0x1D, KBD_RELEASE, out);
    keymap_test_key(&state, 0x1C, KBD_PRESS, out); // Enter
    KTEST_ASSERT_EQ(out[0], '\r');
    keymap_test_key(&state, 0x0E, KBD_PRESS, out); // Backspace
    KTEST_ASSERT_EQ(out[0], 0x7F);
    KTEST_ASSERT_EQ(keymap_test_key(&state, KBD_EXTENDED | 0x48, KBD_PRESS, out), 3); // up
    KTEST_ASSERT(memcmp(out, "\x1b[A", 3) == 0);
    KTEST_ASSERT_EQ(keymap_test_key(&state, KBD_EXTENDED | 0x53, KBD_PRESS, out), 4); // Delete
    KTEST_ASSERT(memcmp(out, "\x1b[3~", 4) == 0);
}
