// Host tests of libpatchwork's window-manager protocol codec
// (libs/libpatchwork/src/proto, docs/desktop.md), built with ASan and
// UBSan by run.sh: every message type round-trips; truncated, oversized,
// wrong-version, unknown-type, misdirected, lying-length, reserved-bits
// and out-of-range messages are refused; mutated messages never crash the
// decoder, and whatever it accepts encodes back to the same bytes.
// Output: TAP, "ok N - name" / "not ok N - name # reason", then "1..N".
#include <patchwork/keys.h>
#include <patchwork/proto.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../host_check.h"

#define SAMPLES 25
// One valid message of every type, with fields away from zero.
static proto_msg_t sample(int index)
{
    proto_msg_t m;
    memset(&m, 0, sizeof(m));
    m.header.sequence = 1000u + (uint32_t)index;
    switch (index)
    {
    case 0: m.header.type = PROTO_HELLO, m.hello.version = PROTO_VERSION; break;
    case 1:
        m.header.type = PROTO_CREATE_WINDOW;
        m.create.x = -20, m.create.y = 30, m.create.width = 640, m.create.height = 480;
        m.create.flags = PROTO_WINDOW_POPUP;
        m.create.title_length = 5, memcpy(m.create.title, "Hello", 5);
        break;
    case 2: m.header.type = PROTO_ATTACH, m.attach.window = 7, m.attach.shm = 0x89ABCDEFull; break;
    case 3:
        m.header.type = PROTO_DAMAGE, m.damage.window = 7, m.damage.count = PROTO_MAX_RECTS;
        for (int i = 0; i < PROTO_MAX_RECTS; i++)
        {
            m.damage.rects[i] = (proto_rect_t){i, 2 * i, 10u + (uint32_t)i, 3};
        }
        break;
    case 4: m.header.type = PROTO_MOVE, m.move.window = 3, m.move.x = -PROTO_MAX_POSITION, m.move.y = 99; break;
    case 5: m.header.type = PROTO_RESIZE, m.resize.window = 3, m.resize.width = PROTO_MAX_SIDE, m.resize.height = 1; break;
    case 6:
        m.header.type = PROTO_SET_TITLE, m.title.window = 9, m.title.title_length = PROTO_MAX_TITLE;
        memset(m.title.title, 'x', PROTO_MAX_TITLE);
        break;
    case 7: m.header.type = PROTO_CLOSE_WINDOW, m.close.window = 12; break;
    case 8: m.header.type = PROTO_TEST_KEY, m.test_key.type = PROTO_KEY_RELEASE, m.test_key.code = 0xE048; break;
    case 9:
        m.header.type = PROTO_TEST_MOUSE, m.test_mouse.x = 100, m.test_mouse.y = -5;
        m.test_mouse.buttons = PROTO_BUTTON_LEFT | PROTO_BUTTON_MIDDLE, m.test_mouse.wheel = -3;
        break;
    case 10: m.header.type = PROTO_TEST_PROBE, m.test_probe.x = 5, m.test_probe.y = 6; break;
    case 11:
        m.header.type = PROTO_WELCOME, m.welcome.version = PROTO_VERSION, m.welcome.client = 4;
        m.welcome.screen_width = 1024, m.welcome.screen_height = 768;
        break;
    case 12:
    case 13:
        m.header.type = index == 12 ? PROTO_WINDOW_CREATED : PROTO_WINDOW_RESIZED;
        m.surface.window = 2, m.surface.width = 300, m.surface.height = 200, m.surface.stride = 304;
        m.surface.shm = 0xFFFFFFFF01ull;
        break;
    case 14:
        m.header.type = PROTO_KEY_EVENT, m.key.window = 2, m.key.type = PROTO_KEY_PRESS, m.key.code = 0x1E;
        m.key.modifiers = PROTO_MOD_SHIFT | PROTO_MOD_ALT;
        break;
    case 15:
        m.header.type = PROTO_MOUSE_EVENT, m.mouse.window = 2, m.mouse.x = -1, m.mouse.y = 17;
        m.mouse.buttons = PROTO_BUTTON_RIGHT, m.mouse.wheel = 127;
        break;
    case 16: m.header.type = PROTO_FOCUS, m.focus.window = 2, m.focus.focused = 1; break;
    case 17: m.header.type = PROTO_CLOSE_REQUEST, m.close_request.window = 2; break;
    case 18: m.header.type = PROTO_ERROR, m.error.code = PROTO_ERR_TOO_MANY, m.error.sequence = 77; break;
    case 19: m.header.type = PROTO_SYNC, m.sync.token = 0xCAFEF00Du; break;
    case 21: m.header.type = PROTO_WATCH; break;
    case 22: m.header.type = PROTO_ACTIVATE, m.activate.window = 5, m.activate.action = PROTO_ACTIVATE_MINIMISE; break;
    case 23:
        m.header.type = PROTO_WINDOW_INFO, m.info.window = 5, m.info.client = 2;
        m.info.state = PROTO_STATE_OPEN | PROTO_STATE_FOCUSED, m.info.title_length = 8;
        memcpy(m.info.title, "Terminal", 8);
        break;
    case 24: m.header.type = PROTO_RESIZE_REQUEST, m.resize.window = 5, m.resize.width = 320, m.resize.height = 2; break;
    default: m.header.type = PROTO_SYNC_DONE, m.sync.token = 0; break;
    }
    return m;
}

static proto_direction_t direction(const proto_msg_t* m)
{
    return m->header.type >= 0x80 ? PROTO_FROM_SERVER : PROTO_FROM_CLIENT;
}

static proto_direction_t other(proto_direction_t from)
{
    return from == PROTO_FROM_CLIENT ? PROTO_FROM_SERVER : PROTO_FROM_CLIENT;
}

static bool same(const proto_msg_t* a, const proto_msg_t* b)
{
    return a->header.type == b->header.type && a->header.sequence == b->header.sequence &&
           memcmp(&a->hello, &b->hello, sizeof(*a) - offsetof(proto_msg_t, hello)) == 0;
}

static size_t encode(const proto_msg_t* m, uint8_t* out)
{
    return proto_encode(m, out, PROTO_MESSAGE_MAX);
}

static void test_round_trip(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        proto_msg_t m = sample(i), back;
        uint8_t bytes[PROTO_MESSAGE_MAX];
        size_t size = encode(&m, bytes);
        expect(size >= PROTO_HEADER_SIZE, "%s does not encode", proto_type_name(m.header.type));
        proto_error_t error = proto_decode(bytes, size, direction(&m), &back);
        expect(error == PROTO_OK, "%s: %s", proto_type_name(m.header.type), proto_error_string(error));
        expect(same(&m, &back), "%s changed on the way", proto_type_name(m.header.type));
        expect(back.header.size == size, "%s: size %u, encoded %zu", proto_type_name(m.header.type),
               back.header.size, size);
        expect(bytes[2] == PROTO_VERSION, "no version in the header");
        expect(proto_decode(bytes, size, other(direction(&m)), &back) == PROTO_ERROR_TYPE,
               "%s accepted from the wrong side", proto_type_name(m.header.type));
    }
    proto_msg_t probe;
    memset(&probe, 0, sizeof(probe));
    probe.header.type = PROTO_PROBE_RESULT, probe.probe.pixel = 0xFF00FF00u, probe.probe.clients = 2;
    uint8_t bytes[PROTO_MESSAGE_MAX];
    proto_msg_t back;
    size_t size = encode(&probe, bytes);
    expect(proto_decode(bytes, size, PROTO_FROM_SERVER, &back) == PROTO_OK && same(&probe, &back),
           "probe-result does not round-trip");
}

static void test_sizes(void)
{
    // The layouts of docs/desktop.md, header included.
    static const size_t expected[SAMPLES] = {24, 16 + 24 + 5, 32, 16 + 8 + 16 * 16, 28, 28, 16 + 8 + 64, 20,
                                             24, 32, 24, 32, 40, 40, 32, 36, 24, 20, 24, 20, 20,
                                             20, 24, 32 + 8, 28};
    for (int i = 0; i < SAMPLES; i++)
    {
        proto_msg_t m = sample(i);
        uint8_t bytes[PROTO_MESSAGE_MAX];
        size_t size = encode(&m, bytes);
        expect(size == expected[i], "%s is %zu bytes, the document says %zu", proto_type_name(m.header.type), size,
               expected[i]);
    }
}

static void test_truncated(void)
{
    for (int i = 0; i < SAMPLES; i++)
    {
        proto_msg_t m = sample(i), back;
        uint8_t bytes[PROTO_MESSAGE_MAX];
        size_t size = encode(&m, bytes);
        for (size_t cut = 0; cut < size; cut++)
        {
            uint8_t* copy = malloc(cut + 1); // exactly cut bytes are read at most
            memcpy(copy, bytes, cut);
            proto_header_t header;
            expect(proto_frame(copy, cut, &header) == PROTO_NEED_MORE, "%s cut to %zu is not incomplete",
                   proto_type_name(m.header.type), cut);
            expect(proto_decode(copy, cut, direction(&m), &back) == PROTO_ERROR_LENGTH,
                   "%s cut to %zu decodes", proto_type_name(m.header.type), cut);
            free(copy);
        }
    }
}

static void put32(uint8_t* at, uint32_t value)
{
    for (int i = 0; i < 4; i++)
    {
        at[i] = (uint8_t)(value >> (8 * i));
    }
}

static void test_header_errors(void)
{
    proto_msg_t m = sample(0), back;
    uint8_t bytes[PROTO_MESSAGE_MAX];
    size_t size = encode(&m, bytes);
    proto_header_t header;
    uint8_t bad[PROTO_MESSAGE_MAX];

    memcpy(bad, bytes, size), bad[2] = PROTO_VERSION + 1;
    expect(proto_frame(bad, 3, &header) == PROTO_ERROR_VERSION, "version 2 not refused from 3 bytes");
    expect(proto_decode(bad, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_VERSION, "version 2 decodes");
    bad[2] = 0;
    expect(proto_decode(bad, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_VERSION, "version 0 decodes");

    uint32_t sizes[] = {0, 8, PROTO_HEADER_SIZE - 1, PROTO_MESSAGE_MAX + 1, 0x7FFFFFFF, 0xFFFFFFFF};
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
    {
        memcpy(bad, bytes, size), put32(bad + 4, sizes[i]);
        expect(proto_frame(bad, 8, &header) == PROTO_ERROR_SIZE, "size %u not refused from 8 bytes", sizes[i]);
        expect(proto_decode(bad, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_SIZE, "size %u decodes", sizes[i]);
    }

    memcpy(bad, bytes, size), bad[3] = 1;
    expect(proto_decode(bad, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_RESERVED, "header flags accepted");
    memcpy(bad, bytes, size), bad[15] = 1;
    expect(proto_decode(bad, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_RESERVED, "header reserved accepted");
    memcpy(bad, bytes, size), bad[PROTO_HEADER_SIZE + 4] = 1;
    expect(proto_decode(bad, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_RESERVED, "hello's reserved accepted");

    uint16_t types[] = {0, 0x0C, 0x3F, 0x43, 0x80, 0x8D, 0xFFFF};
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
    {
        memcpy(bad, bytes, size), bad[0] = (uint8_t)types[i], bad[1] = (uint8_t)(types[i] >> 8);
        expect(proto_decode(bad, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_TYPE &&
                   proto_decode(bad, size, PROTO_FROM_SERVER, &back) == PROTO_ERROR_TYPE,
               "type %#x accepted", types[i]);
    }
    expect(back.header.type == 0 && back.header.size == 0, "a refused message left fields in place");
}

static void test_lying_lengths(void)
{
    proto_msg_t back;
    uint8_t bytes[PROTO_MESSAGE_MAX];
    for (int i = 0; i < SAMPLES; i++)
    {
        proto_msg_t m = sample(i);
        size_t size = encode(&m, bytes);
        // Four more bytes than the fields, and a header that says so.
        memset(bytes + size, 0, 4), put32(bytes + 4, (uint32_t)size + 4);
        expect(proto_decode(bytes, size + 4, direction(&m), &back) == PROTO_ERROR_LENGTH,
               "%s with 4 bytes too many decodes", proto_type_name(m.header.type));
        // A header that says less than the fields.
        put32(bytes + 4, (uint32_t)size - 4);
        expect(proto_decode(bytes, size - 4, direction(&m), &back) == PROTO_ERROR_LENGTH,
               "%s 4 bytes short decodes", proto_type_name(m.header.type));
        // The right header, but more bytes handed in than it says.
        put32(bytes + 4, (uint32_t)size);
        expect(proto_decode(bytes, size + 4, direction(&m), &back) == PROTO_ERROR_LENGTH,
               "%s followed by 4 bytes decodes as one", proto_type_name(m.header.type));
    }
    // A damage count of 3 with 2 rectangles; a title length past the bytes.
    proto_msg_t m = sample(3);
    m.damage.count = 2;
    size_t size = encode(&m, bytes);
    put32(bytes + PROTO_HEADER_SIZE + 4, 3);
    expect(proto_decode(bytes, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_LENGTH, "damage count 3 of 2 decodes");
    put32(bytes + PROTO_HEADER_SIZE + 4, 1);
    expect(proto_decode(bytes, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_LENGTH, "damage count 1 of 2 decodes");
    m = sample(1);
    size = encode(&m, bytes);
    put32(bytes + PROTO_HEADER_SIZE + 20, 9);
    expect(proto_decode(bytes, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_LENGTH, "title length 9 of 5 decodes");
    put32(bytes + PROTO_HEADER_SIZE + 20, PROTO_MAX_TITLE + 1);
    expect(proto_decode(bytes, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_FIELD, "title length 65 decodes");
    put32(bytes + PROTO_HEADER_SIZE + 20, 0xFFFFFFFF);
    expect(proto_decode(bytes, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_FIELD, "title length 2^32-1 decodes");
    m = sample(3);
    size = encode(&m, bytes);
    put32(bytes + PROTO_HEADER_SIZE + 4, 0xFFFFFFFF);
    expect(proto_decode(bytes, size, PROTO_FROM_CLIENT, &back) == PROTO_ERROR_FIELD, "damage count 2^32-1 decodes");
}

// Fields out of range: each case breaks one field of a valid sample;
// encoding refuses it and so does decoding the bytes with the field patched.
static void test_fields(void)
{
    struct
    {
        int sample;
        size_t offset; // into the payload
        uint32_t value;
        const char* what;
        bool byte; // one title byte, not a 32-bit field
    } cases[] = {
        {0, 0, 2, "hello version 2", false},
        {1, 8, 0, "width 0", false},
        {1, 12, PROTO_MAX_SIDE + 1, "height 4097", false},
        {1, 0, (uint32_t)(PROTO_MAX_POSITION + 1), "x 16385", false},
        {1, 16, 3, "two window kinds", false},
        {1, 16, 8, "an unknown window kind", false},
        {22, 0, 0, "activate window 0", false},
        {22, 4, 2, "activate action 2", false},
        {23, 4, 8, "window-info state 8", false},
        {23, 8, 0, "window-info client 0", false},
        {23, 16, 0x0A, "a newline in a window-info title", true},
        {24, 8, 0, "resize-request height 0", false},
        {1, 24, 0x07, "a control byte in a title", true},
        {1, 24, 0x7F, "DEL in a title", true},
        {2, 0, 0, "attach to window 0", false},
        {2, 8, 0, "attach shm 0", false},
        {3, 0, 0, "damage window 0", false},
        {3, 8, (uint32_t)-1, "damage x -1", false},
        {3, 16, 0, "damage width 0", false},
        {3, 8, PROTO_MAX_SIDE, "damage x 4096", false},
        {3, 16, PROTO_MAX_SIDE + 1, "damage width 4097", false},
        {4, 8, (uint32_t)(-PROTO_MAX_POSITION - 1), "move y -16385", false},
        {5, 8, 0, "resize height 0", false},
        {6, 8, 0, "a NUL in a title", true},
        {7, 0, 0, "close window 0", false},
        {8, 0, 3, "test key type 3", false},
        {8, 4, 0x10000, "test key code 0x10000", false},
        {9, 8, 8, "test mouse button 8", false},
        {9, 12, 128, "wheel 128", false},
        {11, 4, 0, "welcome client 0", false},
        {12, 12, 299, "stride below the width", false},
        {14, 12, 8, "modifier 8", false},
        {16, 4, 2, "focus 2", false},
        {18, 0, 3, "error code 3", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        proto_msg_t m = sample(cases[i].sample), back;
        uint8_t bytes[PROTO_MESSAGE_MAX];
        size_t size = encode(&m, bytes);
        uint8_t* at = bytes + PROTO_HEADER_SIZE + cases[i].offset;
        if (cases[i].byte)
        {
            at[0] = (uint8_t)cases[i].value; // a title byte
        }
        else
        {
            put32(at, cases[i].value);
        }
        proto_error_t error = proto_decode(bytes, size, direction(&m), &back);
        expect(error == PROTO_ERROR_FIELD || error == PROTO_ERROR_RESERVED, "%s: %s", cases[i].what,
               proto_error_string(error));
    }
    proto_msg_t m = sample(1);
    m.create.width = 0;
    uint8_t bytes[PROTO_MESSAGE_MAX];
    expect(encode(&m, bytes) == 0, "an invalid message encodes");
    m = sample(3);
    expect(proto_encode(&m, bytes, 100) == 0, "encoded into too small a buffer");
    m.header.type = 0x55;
    expect(encode(&m, bytes) == 0, "an unknown type encodes");
}

static void test_stream(void)
{
    uint8_t stream[2 * PROTO_MESSAGE_MAX];
    proto_msg_t a = sample(1), b = sample(3);
    size_t first = encode(&a, stream);
    size_t second = proto_encode(&b, stream + first, sizeof(stream) - first);
    proto_header_t header;
    expect(proto_frame(stream, first + second, &header) == PROTO_OK && header.size == first,
           "the first of two messages is not framed alone");
    expect(proto_frame(stream + first, second, &header) == PROTO_OK && header.size == second &&
               header.type == PROTO_DAMAGE && header.sequence == b.header.sequence,
           "the second message is not framed");
    expect(proto_frame(stream, first + second, NULL) == PROTO_ERROR_ARGUMENT, "no header pointer accepted");
}

// Random changes to valid messages: no crash (ASan), and anything accepted
// is canonical: it encodes back to exactly its bytes.
static void test_mutations(void)
{
    uint64_t state = 0x9E3779B97F4A7C15ull;
    int accepted = 0;
    for (int round = 0; round < 200000; round++)
    {
        proto_msg_t m = sample(round % SAMPLES), back;
        uint8_t bytes[PROTO_MESSAGE_MAX];
        size_t size = encode(&m, bytes);
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        int flips = 1 + (int)((state >> 60) & 3);
        for (int f = 0; f < flips; f++)
        {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            bytes[(state >> 33) % size] ^= (uint8_t)(1u << ((state >> 20) & 7));
        }
        size_t length = (state >> 8) % 8 == 0 ? (size_t)((state >> 12) % (size + 1)) : size;
        uint8_t* copy = malloc(length + 1);
        memcpy(copy, bytes, length);
        proto_direction_t from = (state >> 40) & 1 ? PROTO_FROM_SERVER : PROTO_FROM_CLIENT;
        if (proto_decode(copy, length, from, &back) == PROTO_OK)
        {
            accepted++;
            uint8_t again[PROTO_MESSAGE_MAX];
            size_t size_again = encode(&back, again);
            expect(size_again == length && memcmp(again, copy, length) == 0,
                   "an accepted %s does not re-encode to its bytes", proto_type_name(back.header.type));
        }
        free(copy);
    }
    expect(accepted > 0, "no mutated message was accepted: the test does not test");
}

// Key events as clients read them (keys.h): characters with Shift, named
// keys, and the bytes a terminal sends.
static void test_keys(void)
{
    pw_key_t key = pw_key_decode(0x1E, 0);
    expect(key.kind == PW_KEY_CHAR && key.ch == 'a', "0x1E is %d/%u, not 'a'", key.kind, key.ch);
    key = pw_key_decode(0x1E, PROTO_MOD_SHIFT);
    expect(key.kind == PW_KEY_CHAR && key.ch == 'A', "Shift+0x1E is %u, not 'A'", key.ch);
    key = pw_key_decode(0x02, PROTO_MOD_SHIFT);
    expect(key.ch == '!', "Shift+1 is %u, not '!'", key.ch);
    key = pw_key_decode(0x4F, 0);
    expect(key.kind == PW_KEY_CHAR && key.ch == '1', "keypad 1 is %u", key.ch);
    expect(pw_key_decode(0x1C, 0).kind == PW_KEY_ENTER, "0x1C is not Enter");
    expect(pw_key_decode(0xE048, 0).kind == PW_KEY_UP, "0xE048 is not Up");
    expect(pw_key_decode(0x3B, 0).kind == PW_KEY_F1, "0x3B is not F1");
    expect(pw_key_decode(0x58, 0).kind == PW_KEY_F12, "0x58 is not F12");
    expect(pw_key_decode(0x2A, 0).kind == PW_KEY_NONE && pw_key_is_modifier(0x2A), "left Shift types something");
    expect(!pw_key_is_modifier(0x1E), "A is a modifier");
    expect(pw_key_decode(0x7F, 0).kind == PW_KEY_NONE, "an unknown code means something");

    struct
    {
        uint32_t code, modifiers;
        const char* bytes;
    } cases[] = {
        {0x1E, 0, "a"},
        {0x2E, PROTO_MOD_CTRL, "\x03"},
        {0x1E, PROTO_MOD_ALT, "\x1b" "a"},
        {0x1C, 0, "\r"},
        {0x0E, 0, "\x7f"},
        {0xE048, 0, "\x1b[A"},
        {0xE04B, 0, "\x1b[D"},
        {0xE049, 0, "\x1b[5~"},
        {0xE053, 0, "\x1b[3~"},
        {0x3B, 0, "\x1bOP"},
        {0x58, 0, "\x1b[24~"},
        {0x2A, 0, ""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        char out[PW_KEY_TERMINAL_MAX];
        size_t length = pw_key_terminal(cases[i].code, cases[i].modifiers, out);
        expect(length == strlen(cases[i].bytes) && memcmp(out, cases[i].bytes, length) == 0,
            "code 0x%x with modifiers %u sends %zu bytes, not the %zu expected", cases[i].code, cases[i].modifiers,
            length, strlen(cases[i].bytes));
    }
}

int main(void)
{
    test_round_trip();
    report("round-trip-every-type");
    test_sizes();
    report("sizes-as-documented");
    test_truncated();
    report("truncated-refused");
    test_header_errors();
    report("version-size-type-reserved-refused");
    test_lying_lengths();
    report("lying-lengths-refused");
    test_fields();
    report("fields-out-of-range-refused");
    test_stream();
    report("stream-framing");
    test_mutations();
    report("mutations-canonical");
    test_keys();
    report("keys-decoded-and-sent");
    printf("1..%d\n", test_number);
    return failures == 0 ? 0 : 1;
}
