// The terminal model: a grid of character cells, a cursor, scrollback,
// and the parser that turns a program's output (UTF-8 text and the usual
// ECMA-48/xterm control sequences) into changes to them. Pure C with no
// system calls, so the host tests run it with sanitizers and fuzzing.
//
// The screen is `rows` lines of `cols` cells. Lines that scroll off its
// top go into the history (scrollback), at most `history_max` lines; the
// view offset says how many lines back from the live screen the user is
// looking. Every change marks the cells it touched as dirty, per row as a
// column span, so a renderer redraws only those (vt_dirty_*).
//
// Whatever bytes come in, the cursor stays inside the grid and no access
// leaves the model's memory: unknown or malformed sequences are dropped.
#ifndef TERMINAL_VT_H
#define TERMINAL_VT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// A colour as the program asked for it: the default, one of the 256
// indexed colours (0-15 the ANSI ones), or 24-bit RGB. A zeroed value is
// the default, so a zeroed cell is blank in default colours.
typedef uint32_t vt_color_t;
#define VT_COLOR_DEFAULT 0u
#define VT_COLOR_INDEXED(n) (0x01000000u | ((uint32_t)(n) & 0xFFu))
#define VT_COLOR_RGB(r, g, b) (0x02000000u | ((uint32_t)(r) << 16) | ((uint32_t)(g) << 8) | (uint32_t)(b))
#define VT_COLOR_KIND(c) ((c) >> 24) // 0 default, 1 indexed, 2 RGB
#define VT_COLOR_VALUE(c) ((c) & 0xFFFFFFu)

#define VT_ATTR_BOLD 0x1
#define VT_ATTR_REVERSE 0x2
#define VT_ATTR_UNDERLINE 0x4

typedef struct
{
    uint32_t ch; // the code point shown; 0 is an empty cell (drawn as a space)
    vt_color_t fg;
    vt_color_t bg;
    uint8_t attrs; // VT_ATTR_ bits
} vt_cell_t;

// Limits: the grid's sides, the parameters of one sequence and each
// parameter's value (larger ones are cut to it, never overflow).
#define VT_MAX_SIDE 1024
#define VT_MAX_PARAMS 16
#define VT_PARAM_MAX 65535
#define VT_HISTORY_DEFAULT 1000

typedef enum
{
    VT_STATE_GROUND,
    VT_STATE_ESCAPE,       // after ESC
    VT_STATE_ESCAPE_INTER, // ESC and intermediates (ESC ( B): one more byte
    VT_STATE_CSI,          // ESC [ and parameters
    VT_STATE_STRING,       // OSC, DCS, APC, PM, SOS: swallowed up to BEL or ESC \ .
    VT_STATE_STRING_ESC,   // ESC inside a string
} vt_state_t;

typedef struct
{
    int row, col;
    vt_color_t fg, bg;
    uint8_t attrs;
    bool wrap_pending;
} vt_saved_t;

typedef struct
{
    int cols, rows;
    int history_max;

    // The lines, a ring of `capacity` = rows + history_max lines of cols
    // cells: screen row r is line (head + r) % capacity; history line k
    // (1 the newest) is line (head - k) mod capacity.
    vt_cell_t* cells;
    int capacity;
    int head;
    int history; // lines of history kept, 0..history_max
    int view;    // lines scrolled back, 0..history (0: the live screen)

    // The cursor: always 0 <= row < rows, 0 <= col < cols. wrap_pending:
    // a character was written in the last column; the next one goes to
    // the next line (so the cursor never leaves the grid).
    int row, col;
    bool wrap_pending;
    bool cursor_visible;
    bool autowrap;
    int top, bottom; // the scroll region, rows top..bottom inclusive
    vt_color_t fg, bg;
    uint8_t attrs;
    vt_saved_t saved;

    // Parser state.
    vt_state_t state;
    uint32_t params[VT_MAX_PARAMS];
    int param_count;  // parameters seen so far (the one being read included)
    bool param_overflow; // more than VT_MAX_PARAMS: the sequence is dropped
    char private_marker; // '?', '>', '=', '<' after CSI, or 0
    char intermediate;   // the last intermediate byte (0x20-0x2F), or 0
    uint32_t utf8_code;  // a multi-byte character being decoded
    int utf8_left;       // continuation bytes still expected
    uint32_t utf8_min;   // the smallest code point its length may encode

    // Damage: per screen row, the dirty columns [dirty_lo, dirty_hi)
    // (lo >= hi: clean). The cursor's own cell is the renderer's business.
    int* dirty_lo;
    int* dirty_hi;
    unsigned bells; // BEL characters seen (the renderer may flash)
} vt_t;

// Make a terminal of @p cols x @p rows (1 to VT_MAX_SIDE) keeping up to
// @p history_max lines of scrollback. False when memory runs out or a
// size is out of range (*vt is then zeroed).
bool vt_init(vt_t* vt, int cols, int rows, int history_max);
void vt_free(vt_t* vt);

// Feed @p length bytes of a program's output.
void vt_write(vt_t* vt, const void* data, size_t length);

// Change the size, keeping what is on the screen from its top-left (lines
// cut or padded), the cursor's line kept on the screen (lines above it
// go into the history when rows shrink). False (nothing changed) when out
// of memory or out of range.
bool vt_resize(vt_t* vt, int cols, int rows);

// Back to the power-on state: blank screen, cursor home, default colours
// (the history is kept).
void vt_reset(vt_t* vt);

// The cell at (@p col, @p row) of what is shown: the live screen, or the
// history when the view is scrolled back. NULL outside the grid.
const vt_cell_t* vt_view_cell(const vt_t* vt, int col, int row);

// The cell at (@p col, @p row) of the live screen; NULL outside.
const vt_cell_t* vt_screen_cell(const vt_t* vt, int col, int row);

// History line @p k (1: the newest), @p col; NULL outside.
const vt_cell_t* vt_history_cell(const vt_t* vt, int k, int col);

// Scroll the view back (positive) or forward (negative) by @p lines,
// clamped to 0..history; the whole view becomes dirty if it moved.
void vt_scroll_view(vt_t* vt, int lines);

// Whether the cursor is to be drawn, and where in the view.
bool vt_cursor_shown(const vt_t* vt, int* col, int* row);

// Damage: mark, test and clear.
void vt_dirty_span(vt_t* vt, int row, int from, int to);
void vt_dirty_all(vt_t* vt);
bool vt_row_dirty(const vt_t* vt, int row, int* from, int* to);
void vt_clean(vt_t* vt);

// Text of screen row @p row of the view (UTF-8, trailing blanks cut) into
// @p out of @p size bytes, NUL-terminated; returns its length.
size_t vt_row_text(const vt_t* vt, int row, char* out, size_t size);

// Internal to the model (vt.c, vt_parse.c, vt_csi.c).
vt_cell_t* vt_line(vt_t* vt, int row);
void vt_put(vt_t* vt, uint32_t ch);
void vt_erase(vt_t* vt, int row, int from, int to);
void vt_scroll_up(vt_t* vt, int top, int bottom, int lines);
void vt_scroll_down(vt_t* vt, int top, int bottom, int lines);
void vt_move_to(vt_t* vt, int row, int col);
void vt_newline(vt_t* vt);
void vt_reverse_index(vt_t* vt);
void vt_csi_dispatch(vt_t* vt, uint8_t final);
void vt_save(vt_t* vt);
void vt_restore(vt_t* vt);

#endif
