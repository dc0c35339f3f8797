// Shared helpers of the terminal model's host tests (terminal_test.c,
// terminal_screen_test.c, terminal_fuzz_test.c): feed text, read a row
// back, look at a cell. Each test program is one translation unit.
#ifndef TESTS_HOST_TERMINAL_VT_CHECK_H
#define TESTS_HOST_TERMINAL_VT_CHECK_H 1

#include "../host_check.h"
#include "vt.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static inline void feed(vt_t* vt, const char* text)
{
    vt_write(vt, text, strlen(text));
}

// The text of the view's row (trailing blanks cut), in a rotating buffer.
static inline const char* row(const vt_t* vt, int r)
{
    static char buffers[4][4096];
    static int which;
    char* out = buffers[which++ % 4];
    vt_row_text(vt, r, out, sizeof(buffers[0]));
    return out;
}

static inline const vt_cell_t* at(const vt_t* vt, int col, int r)
{
    static const vt_cell_t none = {0};
    const vt_cell_t* cell = vt_screen_cell(vt, col, r);
    return cell != NULL ? cell : &none;
}

static inline bool fresh(vt_t* vt, int cols, int rows, int history)
{
    bool ok = vt_init(vt, cols, rows, history);
    expect(ok, "vt_init(%d, %d, %d) failed", cols, rows, history);
    return ok;
}

#define CURSOR(vt, c, r) expect((vt)->col == (c) && (vt)->row == (r), "cursor at (%d,%d), expected (%d,%d)", \
    (vt)->col, (vt)->row, (c), (r))
#define ROW(vt, r, text) expect(strcmp(row(vt, r), text) == 0, "row %d is '%s', expected '%s'", r, row(vt, r), text)

static inline void fill_screen(vt_t* vt)
{
    feed(vt, "\x1b[H");
    for (int r = 0; r < vt->rows; r++)
    {
        for (int c = 0; c < vt->cols; c++)
        {
            char ch = (char)('a' + r);
            vt_write(vt, &ch, 1);
        }
        if (r + 1 < vt->rows)
        {
            feed(vt, "\r\n");
        }
    }
}

#endif
