// The terminal's model on the host, part 3: hostile input. Long parameter
// lists, huge numbers, sequences cut short or never ended, unknown ones:
// the text around them still comes out right. Then a fuzzing run (a fixed
// seed, TERMINAL_FUZZ_SECONDS, 3 by default) of random bytes biased
// towards escape sequences, with random resizes: after every chunk the
// model's invariants must hold (ASan and UBSan catch the rest).
#include "vt_check.h"

#include <stdio.h>
#include <time.h>

// Whatever came in: the cursor is in the grid, the region and the view
// are sane, dirty spans are inside the rows.
static bool invariants(const vt_t* vt)
{
    bool ok = vt->row >= 0 && vt->row < vt->rows && vt->col >= 0 && vt->col < vt->cols && vt->top >= 0 &&
              vt->top < vt->bottom + (vt->rows == 1) && vt->bottom < vt->rows && vt->view >= 0 &&
              vt->view <= vt->history && vt->history <= vt->history_max && vt->saved.row < vt->rows &&
              vt->saved.col < vt->cols && vt->param_count <= VT_MAX_PARAMS;
    expect(ok, "broken state: cursor (%d,%d) of %dx%d, region %d..%d, view %d of %d", vt->col, vt->row, vt->cols,
           vt->rows, vt->top, vt->bottom, vt->view, vt->history);
    for (int r = 0; ok && r < vt->rows; r++)
    {
        int from, to;
        if (vt_row_dirty(vt, r, &from, &to) && (from < 0 || to > vt->cols))
        {
            expect(false, "row %d dirty %d..%d in %d columns", r, from, to, vt->cols);
            ok = false;
        }
    }
    return ok;
}

static void test_long_parameters(void)
{
    vt_t vt;
    if (!fresh(&vt, 20, 5, 10)) return;
    static char text[20000];
    size_t n = (size_t)snprintf(text, sizeof(text), "A\x1b[");
    for (int i = 0; i < 3000; i++)
    {
        n += (size_t)snprintf(text + n, sizeof(text) - n, "1;");
    }
    snprintf(text + n, sizeof(text) - n, "5HB");
    feed(&vt, text);
    ROW(&vt, 0, "AB"); // too many parameters: the sequence is dropped
    feed(&vt, "\x1b[1;31;1;31;1;31;1;31;1;31;1;31;1;31;1;32mC");
    expect(at(&vt, 2, 0)->fg == VT_COLOR_INDEXED(2), "16 parameters were not all taken");
    invariants(&vt);
    vt_free(&vt);
}

static void test_huge_numbers(void)
{
    vt_t vt;
    if (!fresh(&vt, 20, 5, 10)) return;
    feed(&vt, "\x1b[99999999999999999999999B\x1b[4294967296C");
    CURSOR(&vt, 19, 4);
    feed(&vt, "\x1b[99999999999999999999;99999999999999999999H");
    CURSOR(&vt, 19, 4);
    feed(&vt, "\x1b[4294967297A\x1b[18446744073709551617D");
    CURSOR(&vt, 0, 0);
    feed(&vt, "\x1b[99999999999@\x1b[99999999999P\x1b[99999999999L\x1b[99999999999M\x1b[99999999999X"
              "\x1b[99999999999S\x1b[99999999999T\x1b[38;5;99999999m\x1b[38;2;999999;-1;7mZ");
    expect(at(&vt, 0, 0)->ch == 'Z', "text after huge counts is lost");
    feed(&vt, "\x1b[99999;99999r\x1b[0;0r\x1b[2;99999r");
    invariants(&vt);
    vt_free(&vt);
}

static void test_truncated_and_unknown(void)
{
    vt_t vt;
    if (!fresh(&vt, 30, 5, 10)) return;
    feed(&vt, "a\x1b[12");
    feed(&vt, ";4Hb"); // a sequence split across writes still works
    expect(at(&vt, 3, 4)->ch == 'b', "a split CSI did not act (row 12 is the last, 4)");
    feed(&vt, "\x1b[H\x1b[2J");
    feed(&vt, "c\x1b[?1049h\x1b[>0c\x1b[ q\x1b[=5u\x1b[1$pd\x1b(B\x1b)0e\x1b#8f\x1bZg");
    ROW(&vt, 0, "cdefg");
    feed(&vt, "\r\n\x1b]0;a title\ah\x1b]2;another\x1b\\i\x1bPdevice control\x1b\\j\x1b_apc\ak");
    ROW(&vt, 1, "hijk");
    feed(&vt, "\r\n\x1b]unterminated string that goes on \x1b[31ml"); // ESC ends a string
    ROW(&vt, 2, "l");
    feed(&vt, "\r\n\x1b[3\x18m\x1b[4\x1aq\x1b[\x7f" "1mr\x1b\x1b[1ms"); // CAN, SUB cancel; DEL is ignored;
    ROW(&vt, 3, "mqrs");                                                 // ESC starts again
    expect(at(&vt, 2, 3)->attrs == VT_ATTR_BOLD, "DEL inside CSI broke it");
    feed(&vt, "\r\n\x1b[2\nt"); // a control inside a sequence acts, the sequence goes on
    expect(at(&vt, 0, 4)->ch == 0 && vt.col == 0, "LF inside CSI: cursor at (%d,%d)", vt.col, vt.row);
    feed(&vt, "\x1b[1;\xc3\xa9Hu");
    invariants(&vt);
    vt_free(&vt);
}

static uint64_t state = 0x9E3779B97F4A7C15ull;

static uint32_t next_random(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 16);
}

static void test_fuzz(void)
{
    const char* env = getenv("TERMINAL_FUZZ_SECONDS");
    double seconds = env != NULL ? atof(env) : 3.0;
    vt_t vt;
    if (!fresh(&vt, 80, 24, 200)) return;
    static const char alphabet[] = "\x1b[;?0123456789mHJKABCDrsu@PLMXSTfGd\r\n\b\t\a]\\7 8Dc(\x07\x18\x1a\xc3\xe2\x82";
    clock_t start = clock();
    unsigned long chunks = 0, bytes = 0;
    uint8_t chunk[512];
    while ((double)(clock() - start) < seconds * CLOCKS_PER_SEC)
    {
        size_t length = 1 + next_random() % sizeof(chunk);
        for (size_t i = 0; i < length; i++)
        {
            uint32_t r = next_random();
            chunk[i] = r % 4 == 0 ? (uint8_t)(r >> 8) : (uint8_t)alphabet[(r >> 8) % (sizeof(alphabet) - 1)];
        }
        vt_write(&vt, chunk, length);
        bytes += length;
        uint32_t r = next_random();
        if (r % 64 == 0)
        {
            vt_resize(&vt, 1 + (int)(r >> 8) % 120, 1 + (int)(r >> 16) % 50);
        }
        else if (r % 64 == 1)
        {
            vt_scroll_view(&vt, (int)(r >> 8) % 400 - 200);
        }
        else if (r % 64 == 2)
        {
            vt_clean(&vt);
        }
        chunks++;
        if (!invariants(&vt))
        {
            break;
        }
        for (int row = 0; row < vt.rows; row++)
        {
            char text[8192];
            vt_row_text(&vt, row, text, sizeof(text));
        }
    }
    printf("# fuzzed %lu chunks, %lu bytes\n", chunks, bytes);
    expect(chunks > 100, "only %lu chunks in %.1f s", chunks, seconds);
    vt_free(&vt);
}

int main(void)
{
    test_long_parameters();
    report("long-parameter-lists");
    test_huge_numbers();
    report("huge-numbers");
    test_truncated_and_unknown();
    report("truncated-and-unknown-sequences");
    test_fuzz();
    report("fuzz-random-bytes");
    return failures;
}
