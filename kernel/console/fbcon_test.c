#include "fbcon.h"

#include <kernel/test/ktest.h>

#include <string.h>

extern const uint8_t console_font_data[];
extern const uint64_t console_font_size;

#define TEST_WIDTH 64
#define TEST_HEIGHT 50 // not a multiple of the font height

static uint32_t test_pixels[TEST_WIDTH * TEST_HEIGHT];

// Pixels in a character cell that have the foreground colour.
static int fbcon_test_lit(const fbcon_t* console, uint32_t column, uint32_t row)
{
    int lit = 0;
    for (uint32_t y = 0; y < console->font->height; y++)
    {
        for (uint32_t x = 0; x < console->font->width; x++)
        {
            uint32_t px = column * console->font->width + x;
            uint32_t py = row * console->font->height + y;
            lit += test_pixels[py * TEST_WIDTH + px] == console->foreground;
        }
    }
    return lit;
}

KTEST(fbcon, builtin_font_parses)
{
    grf_font_t font;
    KTEST_ASSERT(grf_parse(console_font_data, console_font_size, &font));
    KTEST_ASSERT(font.width >= 6 && font.height >= 8);
    KTEST_ASSERT(font.count >= 128);
}

KTEST(fbcon, rejects_bad_font)
{
    grf_font_t font;
    uint8_t bad[64];
    memcpy(bad, console_font_data, sizeof(bad));
    KTEST_ASSERT(!grf_parse(bad, sizeof(bad), &font)); // truncated
    bad[0] = 'X';
    KTEST_ASSERT(!grf_parse(bad, sizeof(bad), &font)); // bad magic
}

KTEST(fbcon, draws_glyphs)
{
    grf_font_t font;
    KTEST_ASSERT(grf_parse(console_font_data, console_font_size, &font));
    fbcon_t console;
    fbcon_init(&console, test_pixels, TEST_WIDTH, TEST_HEIGHT, TEST_WIDTH, BOOT_PIXEL_BGRX, &font);
    KTEST_ASSERT_EQ(fbcon_test_lit(&console, 0, 0), 0);
    // The strip below the last text row is cleared too.
    KTEST_ASSERT_EQ(test_pixels[TEST_WIDTH * TEST_HEIGHT - 1], console.background);
    fbcon_write(&console, "A ", 2);
    KTEST_ASSERT(fbcon_test_lit(&console, 0, 0) > 10);  // 'A' has pixels
    KTEST_ASSERT_EQ(fbcon_test_lit(&console, 1, 0), 0); // ' ' has none
    KTEST_ASSERT_EQ(console.column, 2);
}

KTEST(fbcon, wraps_long_lines)
{
    grf_font_t font;
    KTEST_ASSERT(grf_parse(console_font_data, console_font_size, &font));
    fbcon_t console;
    fbcon_init(&console, test_pixels, TEST_WIDTH, TEST_HEIGHT, TEST_WIDTH, BOOT_PIXEL_BGRX, &font);
    // Two characters more than a line holds.
    char text[64];
    uint32_t length = console.columns + 2;
    memset(text, 'W', length);
    fbcon_write(&console, text, length);
    KTEST_ASSERT_EQ(console.row, 1);
    KTEST_ASSERT_EQ(console.column, 2);
    KTEST_ASSERT(fbcon_test_lit(&console, 1, 1) > 10);
}

KTEST(fbcon, scrolls_at_bottom)
{
    grf_font_t font;
    KTEST_ASSERT(grf_parse(console_font_data, console_font_size, &font));
    fbcon_t console;
    fbcon_init(&console, test_pixels, TEST_WIDTH, TEST_HEIGHT, TEST_WIDTH, BOOT_PIXEL_BGRX, &font);
    KTEST_ASSERT(console.rows >= 2);
    // Put a mark on the last row, then move past it: the mark must move up
    // (half a screen) and the cursor stay on the screen.
    for (uint32_t row = 0; row + 1 < console.rows; row++)
    {
        fbcon_write(&console, "\n", 1);
    }
    fbcon_write(&console, "M\n", 2);
    KTEST_ASSERT(console.row < console.rows);
    uint32_t kept = console.rows / 2;
    KTEST_ASSERT(fbcon_test_lit(&console, 0, kept - 1) > 10);
    KTEST_ASSERT_EQ(fbcon_test_lit(&console, 0, console.rows - 1), 0);
}

KTEST(fbcon, rgb_order)
{
    KTEST_ASSERT_EQ(fbcon_color(BOOT_PIXEL_BGRX, 0x112233), 0x112233);
    KTEST_ASSERT_EQ(fbcon_color(BOOT_PIXEL_RGBX, 0x112233), 0x332211);
}

KTEST(fbcon, ansi_sequences_move_and_erase)
{
    grf_font_t font;
    KTEST_ASSERT(grf_parse(console_font_data, console_font_size, &font));
    fbcon_t console;
    fbcon_init(&console, test_pixels, TEST_WIDTH, TEST_HEIGHT, TEST_WIDTH, BOOT_PIXEL_BGRX, &font);
    fbcon_write(&console, "ABC", 3);
    // Two left, erase to the end of the line: A stays, B and C go.
    fbcon_write(&console, "\x1b[2D\x1b[K", 7);
    KTEST_ASSERT_EQ(console.column, 1);
    KTEST_ASSERT(fbcon_test_lit(&console, 0, 0) > 10);
    KTEST_ASSERT_EQ(fbcon_test_lit(&console, 1, 0), 0);
    KTEST_ASSERT_EQ(fbcon_test_lit(&console, 2, 0), 0);
    // A colour sequence draws nothing; backspace moves left.
    fbcon_write(&console, "\x1b[1;32mX\b", 9);
    KTEST_ASSERT_EQ(console.column, 1);
    KTEST_ASSERT(fbcon_test_lit(&console, 1, 0) > 10);
    // Home and clear the screen.
    fbcon_write(&console, "\n\nZ\x1b[H\x1b[2J", 10);
    KTEST_ASSERT_EQ(console.row, 0);
    KTEST_ASSERT_EQ(console.column, 0);
    KTEST_ASSERT_EQ(fbcon_test_lit(&console, 0, 0), 0);
    KTEST_ASSERT_EQ(fbcon_test_lit(&console, 0, 2), 0);
    // Row;column positioning, one-based.
    fbcon_write(&console, "\x1b[2;3H", 6);
    KTEST_ASSERT_EQ(console.row, 1);
    KTEST_ASSERT_EQ(console.column, 2);
}
