// The terminal's model (programs/terminal/vt*.c) on the host, part 1:
// text and wrapping, controls, cursor movement, erasing, colours and
// UTF-8. terminal_screen_test.c and terminal_fuzz_test.c do the rest.
// One TAP line per test (host_check.h).
#include "vt_check.h"

static void test_text_and_wrap(void)
{
    vt_t vt;
    if (!fresh(&vt, 10, 4, 10)) return;
    feed(&vt, "hello");
    ROW(&vt, 0, "hello");
    CURSOR(&vt, 5, 0);
    feed(&vt, "\r\nabcdefghij");
    ROW(&vt, 1, "abcdefghij");
    CURSOR(&vt, 9, 1); // the last column: the wrap waits for the next character
    expect(vt.wrap_pending, "no pending wrap after the last column");
    feed(&vt, "kl");
    ROW(&vt, 2, "kl");
    CURSOR(&vt, 2, 2);
    feed(&vt, "\x1b[?7l\r\n0123456789XYZ"); // autowrap off: the last column is overwritten
    ROW(&vt, 3, "012345678Z");
    vt_free(&vt);
}

static void test_controls(void)
{
    vt_t vt;
    if (!fresh(&vt, 20, 3, 10)) return;
    feed(&vt, "ab\bX");
    ROW(&vt, 0, "aX");
    feed(&vt, "\r\b\b");
    CURSOR(&vt, 0, 0);
    feed(&vt, "\tT\tU\tV\t");
    CURSOR(&vt, 19, 0); // a tab stops at the last column
    expect(at(&vt, 8, 0)->ch == 'T' && at(&vt, 16, 0)->ch == 'U' && at(&vt, 19, 0)->ch == 'V',
           "tabs: '%s'", row(&vt, 0));
    unsigned bells = vt.bells;
    feed(&vt, "\a\a");
    expect(vt.bells == bells + 2, "BEL counted %u times", vt.bells - bells);
    feed(&vt, "\r\nx\ny");
    ROW(&vt, 1, "x");
    ROW(&vt, 2, " y"); // LF keeps the column
    vt_free(&vt);
}

static void test_cursor_moves(void)
{
    vt_t vt;
    if (!fresh(&vt, 20, 10, 10)) return;
    feed(&vt, "\x1b[3;5H");
    CURSOR(&vt, 4, 2);
    feed(&vt, "\x1b[2A");
    CURSOR(&vt, 4, 0);
    feed(&vt, "\x1b[A");
    CURSOR(&vt, 4, 0);
    feed(&vt, "\x1b[3B\x1b[C");
    CURSOR(&vt, 5, 3);
    feed(&vt, "\x1b[4D\x1b[0C");
    CURSOR(&vt, 2, 3);
    feed(&vt, "\x1b[100B\x1b[100C");
    CURSOR(&vt, 19, 9);
    feed(&vt, "\x1b[100D\x1b[100A");
    CURSOR(&vt, 0, 0);
    feed(&vt, "\x1b[7;9f");
    CURSOR(&vt, 8, 6);
    feed(&vt, "\x1b[H");
    CURSOR(&vt, 0, 0);
    feed(&vt, "\x1b[5G\x1b[4d");
    CURSOR(&vt, 4, 3);
    feed(&vt, "\x1b[2E");
    CURSOR(&vt, 0, 5);
    feed(&vt, "\x1b[3C\x1b[F");
    CURSOR(&vt, 0, 4);
    feed(&vt, "\x1b[;3H");
    CURSOR(&vt, 2, 0);
    vt_free(&vt);
}

static void test_erase(void)
{
    vt_t vt;
    if (!fresh(&vt, 6, 4, 10)) return;
    fill_screen(&vt);
    feed(&vt, "\x1b[2;3H\x1b[K");
    ROW(&vt, 1, "bb");
    feed(&vt, "\x1b[3;3H\x1b[1K");
    ROW(&vt, 2, "   ccc");
    feed(&vt, "\x1b[4;1H\x1b[2K");
    ROW(&vt, 3, "");
    fill_screen(&vt);
    feed(&vt, "\x1b[2;3H\x1b[J");
    ROW(&vt, 0, "aaaaaa");
    ROW(&vt, 1, "bb");
    ROW(&vt, 2, "");
    fill_screen(&vt);
    feed(&vt, "\x1b[3;2H\x1b[1J");
    ROW(&vt, 1, "");
    ROW(&vt, 2, "  cccc");
    ROW(&vt, 3, "dddddd");
    feed(&vt, "\x1b[2J");
    for (int r = 0; r < 4; r++)
    {
        ROW(&vt, r, "");
    }
    CURSOR(&vt, 1, 2); // J does not move the cursor
    feed(&vt, "\x1b[44m\x1b[2K");
    expect(at(&vt, 0, 2)->bg == VT_COLOR_INDEXED(4), "erase does not use the current background");
    vt_free(&vt);
}

static void test_sgr(void)
{
    vt_t vt;
    if (!fresh(&vt, 40, 3, 10)) return;
    feed(&vt, "a\x1b[31mb\x1b[42mc\x1b[91;101md\x1b[1;7me\x1b[0mf\x1b[35;46m\x1b[39mg\x1b[49mh");
    expect(at(&vt, 0, 0)->fg == VT_COLOR_DEFAULT && at(&vt, 0, 0)->bg == VT_COLOR_DEFAULT, "a not default");
    expect(at(&vt, 1, 0)->fg == VT_COLOR_INDEXED(1), "31 gave %#x", at(&vt, 1, 0)->fg);
    expect(at(&vt, 2, 0)->bg == VT_COLOR_INDEXED(2) && at(&vt, 2, 0)->fg == VT_COLOR_INDEXED(1), "42");
    expect(at(&vt, 3, 0)->fg == VT_COLOR_INDEXED(9) && at(&vt, 3, 0)->bg == VT_COLOR_INDEXED(9), "91;101");
    expect(at(&vt, 4, 0)->attrs == (VT_ATTR_BOLD | VT_ATTR_REVERSE), "1;7 gave attrs %#x", at(&vt, 4, 0)->attrs);
    expect(at(&vt, 5, 0)->attrs == 0 && at(&vt, 5, 0)->fg == VT_COLOR_DEFAULT && at(&vt, 5, 0)->bg == 0, "0");
    expect(at(&vt, 6, 0)->fg == VT_COLOR_DEFAULT && at(&vt, 6, 0)->bg == VT_COLOR_INDEXED(6), "39");
    expect(at(&vt, 7, 0)->bg == VT_COLOR_DEFAULT, "49");
    feed(&vt, "\r\n\x1b[38;5;200mi\x1b[48;5;17mj\x1b[38;2;1;2;3mk\x1b[48;2;300;0;255ml\x1b[1;22mm\x1b[7;27mn\x1b[mo");
    expect(at(&vt, 0, 1)->fg == VT_COLOR_INDEXED(200), "38;5;200 gave %#x", at(&vt, 0, 1)->fg);
    expect(at(&vt, 1, 1)->bg == VT_COLOR_INDEXED(17), "48;5;17");
    expect(at(&vt, 2, 1)->fg == VT_COLOR_RGB(1, 2, 3), "38;2;1;2;3 gave %#x", at(&vt, 2, 1)->fg);
    expect(at(&vt, 3, 1)->bg == VT_COLOR_RGB(255, 0, 255), "48;2;300;0;255 gave %#x", at(&vt, 3, 1)->bg);
    expect(at(&vt, 4, 1)->attrs == 0 && at(&vt, 5, 1)->attrs == 0, "22 or 27 did not clear");
    expect(at(&vt, 6, 1)->fg == 0 && at(&vt, 6, 1)->bg == 0, "CSI m did not reset");
    feed(&vt, "\x1b[31;38;5mp\x1b[4mq\x1b[24;32mr");
    expect(at(&vt, 7, 1)->ch == 'p', "a cut 38;5 broke the text");
    expect(at(&vt, 8, 1)->attrs == VT_ATTR_UNDERLINE, "4");
    expect(at(&vt, 9, 1)->attrs == 0 && at(&vt, 9, 1)->fg == VT_COLOR_INDEXED(2), "24;32");
    vt_free(&vt);
}


static void test_utf8(void)
{
    vt_t vt;
    if (!fresh(&vt, 20, 3, 10)) return;
    feed(&vt, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z");
    expect(at(&vt, 0, 0)->ch == 0xE9 && at(&vt, 1, 0)->ch == 0x20AC && at(&vt, 2, 0)->ch == 0x1F600 &&
               at(&vt, 3, 0)->ch == 'z',
           "decoded %#x %#x %#x %#x", at(&vt, 0, 0)->ch, at(&vt, 1, 0)->ch, at(&vt, 2, 0)->ch, at(&vt, 3, 0)->ch);
    CURSOR(&vt, 4, 0);
    // Split across writes.
    vt_write(&vt, "\xe2", 1);
    vt_write(&vt, "\x82", 1);
    vt_write(&vt, "\xac", 1);
    expect(at(&vt, 4, 0)->ch == 0x20AC, "a split character gave %#x", at(&vt, 4, 0)->ch);
    // Invalid: a stray continuation, C0 and its follower, a surrogate, cut by
    // ASCII and by ESC, F5: one U+FFFD each.
    feed(&vt, "\r\n\x80\xc0\xaf\xed\xa0\x80\xe2\x82Q\xe2\x1b[mR\xf5");
    const uint32_t want[] = {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 'Q', 0xFFFD, 'R', 0xFFFD};
    for (int c = 0; c < 9; c++)
    {
        expect(at(&vt, c, 1)->ch == want[c], "invalid UTF-8: cell %d is %#x, expected %#x", c, at(&vt, c, 1)->ch,
               want[c]);
    }
    ROW(&vt, 0, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z\xe2\x82\xac");
    vt_free(&vt);
}

int main(void)
{
    test_text_and_wrap();
    report("text-and-wrap");
    test_controls();
    report("controls");
    test_cursor_moves();
    report("cursor-moves");
    test_erase();
    report("erase");
    test_sgr();
    report("sgr-colours");
    test_utf8();
    report("utf8");
    return failures;
}
