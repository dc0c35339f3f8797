// The terminal's model on the host, part 2: scrolling and the history,
// the view onto it, the scroll region, save and restore, showing the
// cursor, inserting and deleting, resizing and damage.
#include "vt_check.h"

#include <stdio.h>

static void lines(vt_t* vt, int from, int to)
{
    for (int i = from; i < to; i++)
    {
        char text[32];
        snprintf(text, sizeof(text), "%sL%d", i == from ? "" : "\r\n", i);
        feed(vt, text);
    }
}

static const char* history(const vt_t* vt, int k)
{
    static char text[64];
    size_t n = 0;
    for (int c = 0; c < vt->cols; c++)
    {
        const vt_cell_t* cell = vt_history_cell(vt, k, c);
        text[n++] = cell == NULL ? '?' : cell->ch == 0 ? ' ' : (char)cell->ch;
    }
    while (n > 0 && text[n - 1] == ' ')
    {
        n--;
    }
    text[n] = '\0';
    return text;
}

static void test_scroll_and_history(void)
{
    vt_t vt;
    if (!fresh(&vt, 8, 3, 5)) return;
    lines(&vt, 0, 3);
    expect(vt.history == 0, "history %d before anything scrolled", vt.history);
    feed(&vt, "\r\nL3");
    ROW(&vt, 0, "L1");
    ROW(&vt, 2, "L3");
    expect(vt.history == 1 && strcmp(history(&vt, 1), "L0") == 0, "history %d, newest '%s'", vt.history,
           history(&vt, 1));
    lines(&vt, 4, 20);
    feed(&vt, "\r\n"); // L19 scrolls up too
    ROW(&vt, 1, "L19");
    ROW(&vt, 2, "");
    expect(vt.history == 5, "history %d, expected its maximum 5", vt.history);
    expect(strcmp(history(&vt, 1), "L17") == 0 && strcmp(history(&vt, 5), "L13") == 0, "history holds '%s'..'%s'",
           history(&vt, 1), history(&vt, 5));
    expect(vt_history_cell(&vt, 6, 0) == NULL && vt_history_cell(&vt, 0, 0) == NULL, "history out of range");
    feed(&vt, "\x1b[2S"); // scroll up: into the history too
    ROW(&vt, 0, "");
    expect(strcmp(history(&vt, 1), "L19") == 0, "CSI S: newest history '%s'", history(&vt, 1));
    feed(&vt, "\x1b[3J");
    expect(vt.history == 0, "CSI 3 J kept %d lines of history", vt.history);
    vt_free(&vt);
}

static void test_view(void)
{
    vt_t vt;
    if (!fresh(&vt, 8, 3, 100)) return;
    lines(&vt, 0, 10); // L7..L9 on the screen, L0..L6 in the history
    vt_clean(&vt);
    vt_scroll_view(&vt, 2);
    int from, to, col, r;
    expect(vt.view == 2 && vt_row_dirty(&vt, 0, &from, &to) && from == 0 && to == 8, "the view did not move");
    ROW(&vt, 0, "L5");
    ROW(&vt, 2, "L7");
    expect(!vt_cursor_shown(&vt, &col, &r), "the cursor shows below the view");
    feed(&vt, "\x1b[1;3H"); // live row 0: the view's row 2
    col = r = -1;
    expect(vt_cursor_shown(&vt, &col, &r) && r == 2 && col == 2, "cursor shown at (%d,%d) in the view", col, r);
    feed(&vt, "\x1b[3;3H");
    vt_scroll_view(&vt, 1000);
    expect(vt.view == 7, "the view went to %d, past the history", vt.view);
    ROW(&vt, 0, "L0");
    feed(&vt, "\r\nL10"); // output while scrolled back: the view stays on the same lines
    ROW(&vt, 0, "L0");
    expect(vt.view == 8, "the view is %d after a line scrolled in", vt.view);
    vt_scroll_view(&vt, -1000);
    expect(vt.view == 0, "the view went to %d", vt.view);
    ROW(&vt, 2, "L10");
    vt_free(&vt);
}

static void test_scroll_region(void)
{
    vt_t vt;
    if (!fresh(&vt, 8, 5, 10)) return;
    lines(&vt, 0, 5);
    feed(&vt, "\x1b[2;4r");
    CURSOR(&vt, 0, 0);
    feed(&vt, "\x1b[4;1H\nX");
    ROW(&vt, 0, "L0");
    ROW(&vt, 1, "L2");
    ROW(&vt, 3, "X");
    ROW(&vt, 4, "L4");
    expect(vt.history == 0, "a region scroll went into the history");
    feed(&vt, "\x1b[2;1H\x1bMY"); // reverse index at the region's top
    ROW(&vt, 1, "Y");
    ROW(&vt, 2, "L2");
    ROW(&vt, 3, "L3");
    ROW(&vt, 4, "L4");
    feed(&vt, "\x1b[5;1H\n"); // below the region: no scrolling at the bottom
    ROW(&vt, 0, "L0");
    feed(&vt, "\x1b[r\x1b[5;1H\n");
    ROW(&vt, 0, "Y");
    feed(&vt, "\x1b[4;2r"); // top below bottom: ignored
    expect(vt.top == 0 && vt.bottom == 4, "a bad region was taken: %d..%d", vt.top, vt.bottom);
    vt_free(&vt);
}

static void test_save_restore(void)
{
    vt_t vt;
    if (!fresh(&vt, 10, 5, 10)) return;
    feed(&vt, "\x1b[2;3H\x1b[31m\x1b" "7\x1b[5;5H\x1b[0mA\x1b" "8B");
    expect(at(&vt, 2, 1)->ch == 'B' && at(&vt, 2, 1)->fg == VT_COLOR_INDEXED(1), "ESC 8 did not restore");
    expect(at(&vt, 4, 4)->fg == VT_COLOR_DEFAULT, "ESC 7 saved the wrong colour");
    feed(&vt, "\x1b[4;6H\x1b[s\x1b[H\x1b[u");
    CURSOR(&vt, 5, 3);
    vt_free(&vt);
}

static void test_cursor_visibility(void)
{
    vt_t vt;
    if (!fresh(&vt, 10, 5, 10)) return;
    int col, r;
    expect(vt_cursor_shown(&vt, &col, &r) && col == 0 && r == 0, "the cursor is hidden at first");
    feed(&vt, "\x1b[?25l");
    expect(!vt_cursor_shown(&vt, &col, &r), "?25l did not hide it");
    feed(&vt, "\x1b[?25h");
    expect(vt_cursor_shown(&vt, &col, &r), "?25h did not show it");
    vt_free(&vt);
}

static void test_insert_delete(void)
{
    vt_t vt;
    if (!fresh(&vt, 8, 4, 10)) return;
    feed(&vt, "abcdefgh\x1b[1;3H\x1b[2@");
    ROW(&vt, 0, "ab  cdef");
    feed(&vt, "\x1b[3P");
    ROW(&vt, 0, "abdef");
    feed(&vt, "\x1b[2X");
    ROW(&vt, 0, "ab  f");
    feed(&vt, "\x1b[100@");
    ROW(&vt, 0, "ab");
    feed(&vt, "\x1b[H\x1b[K");
    lines(&vt, 0, 4);
    feed(&vt, "\x1b[2;1H\x1b[L");
    ROW(&vt, 1, "");
    ROW(&vt, 2, "L1");
    ROW(&vt, 3, "L2");
    feed(&vt, "\x1b[2M");
    ROW(&vt, 1, "L2");
    ROW(&vt, 2, "");
    ROW(&vt, 0, "L0");
    vt_free(&vt);
}

static void test_resize(void)
{
    vt_t vt;
    if (!fresh(&vt, 10, 6, 20)) return;
    lines(&vt, 0, 6); // cursor on L5, the last row
    expect(vt_resize(&vt, 6, 3), "shrinking failed");
    ROW(&vt, 0, "L3");
    ROW(&vt, 2, "L5");
    CURSOR(&vt, 2, 2);
    expect(vt.history == 3 && strcmp(history(&vt, 1), "L2") == 0, "history %d, newest '%s'", vt.history,
           history(&vt, 1));
    expect(vt_resize(&vt, 12, 5), "growing failed");
    ROW(&vt, 0, "L1"); // two lines back from the history
    ROW(&vt, 4, "L5");
    CURSOR(&vt, 2, 4);
    feed(&vt, "\x1b[1;1Habcdefghijkl");
    expect(vt_resize(&vt, 4, 5), "narrowing failed");
    ROW(&vt, 0, "abcd");
    CURSOR(&vt, 3, 0);
    feed(&vt, "\x1b[H");
    expect(vt_resize(&vt, 4, 2), "shrinking with the cursor on top failed");
    ROW(&vt, 0, "abcd");
    ROW(&vt, 1, "L2");
    expect(!vt_resize(&vt, 0, 5) && !vt_resize(&vt, 5, VT_MAX_SIDE + 1), "a bad size was taken");
    expect(vt.cols == 4 && vt.rows == 2, "a failed resize changed the size");
    vt_free(&vt);
}

static void test_damage(void)
{
    vt_t vt;
    if (!fresh(&vt, 10, 4, 10)) return;
    int from, to;
    expect(vt_row_dirty(&vt, 3, &from, &to), "a new terminal is not all dirty");
    vt_clean(&vt);
    expect(!vt_row_dirty(&vt, 0, &from, &to), "clean rows are dirty");
    feed(&vt, "\x1b[1;4Hx");
    expect(vt_row_dirty(&vt, 0, &from, &to) && from == 0 && to == 5, "row 0 dirty %d..%d, expected 0..5 (the "
           "cursor's old cell, x, its new cell)", from, to);
    expect(!vt_row_dirty(&vt, 1, &from, &to) && !vt_row_dirty(&vt, 3, &from, &to), "untouched rows are dirty");
    vt_clean(&vt);
    feed(&vt, "\x1b[3;1H\x1b[K");
    expect(vt_row_dirty(&vt, 2, &from, &to) && from == 0 && to == 10, "an erased line is not dirty");
    vt_clean(&vt);
    feed(&vt, "\x1b[4;1H\n");
    for (int r = 0; r < 4; r++)
    {
        expect(vt_row_dirty(&vt, r, &from, &to), "row %d not dirty after scrolling", r);
    }
    vt_free(&vt);
}

int main(void)
{
    test_scroll_and_history();
    report("scroll-and-history");
    test_view();
    report("history-view");
    test_scroll_region();
    report("scroll-region");
    test_save_restore();
    report("save-restore");
    test_cursor_visibility();
    report("cursor-visibility");
    test_insert_delete();
    report("insert-delete");
    test_resize();
    report("resize");
    test_damage();
    report("damage");
    return failures;
}
