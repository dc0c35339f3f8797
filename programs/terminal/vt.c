// The terminal model's grid: the ring of lines, scrolling, the history
// and its view, damage (vt.h). The parser is in vt_parse.c and vt_csi.c,
// resizing in vt_resize.c.
#include "vt.h"

#include <stdlib.h>
#include <string.h>

#define VT_HISTORY_LIMIT 100000

static int vt_mod(int value, int modulus)
{
    int r = value % modulus;
    return r < 0 ? r + modulus : r;
}

vt_cell_t* vt_line(vt_t* vt, int row)
{
    return vt->cells + (size_t)vt_mod(vt->head + row, vt->capacity) * (size_t)vt->cols;
}

static const vt_cell_t* vt_line_const(const vt_t* vt, int row)
{
    return vt->cells + (size_t)vt_mod(vt->head + row, vt->capacity) * (size_t)vt->cols;
}

bool vt_init(vt_t* vt, int cols, int rows, int history_max)
{
    memset(vt, 0, sizeof(*vt));
    if (cols < 1 || rows < 1 || cols > VT_MAX_SIDE || rows > VT_MAX_SIDE || history_max < 0 ||
        history_max > VT_HISTORY_LIMIT)
    {
        return false;
    }
    vt->capacity = rows + history_max;
    vt->cells = calloc((size_t)vt->capacity * (size_t)cols, sizeof(vt_cell_t));
    vt->dirty_lo = calloc((size_t)rows, sizeof(int));
    vt->dirty_hi = calloc((size_t)rows, sizeof(int));
    if (vt->cells == NULL || vt->dirty_lo == NULL || vt->dirty_hi == NULL)
    {
        vt_free(vt);
        return false;
    }
    vt->cols = cols;
    vt->rows = rows;
    vt->history_max = history_max;
    vt_reset(vt);
    return true;
}

void vt_free(vt_t* vt)
{
    free(vt->cells);
    free(vt->dirty_lo);
    free(vt->dirty_hi);
    memset(vt, 0, sizeof(*vt));
}

void vt_reset(vt_t* vt)
{
    vt->fg = vt->bg = VT_COLOR_DEFAULT;
    vt->attrs = 0;
    for (int r = 0; r < vt->rows; r++)
    {
        vt_erase(vt, r, 0, vt->cols);
    }
    vt->row = vt->col = 0;
    vt->wrap_pending = false;
    vt->cursor_visible = true;
    vt->autowrap = true;
    vt->top = 0;
    vt->bottom = vt->rows - 1;
    vt->saved = (vt_saved_t){0};
    vt->state = VT_STATE_GROUND;
    vt->utf8_left = 0;
    vt->view = 0;
    vt_dirty_all(vt);
}

void vt_dirty_span(vt_t* vt, int row, int from, int to)
{
    row += vt->view; // marks are in the view's rows: the live row shows lower when scrolled back
    from = from < 0 ? 0 : from;
    to = to > vt->cols ? vt->cols : to;
    if (row < 0 || row >= vt->rows || from >= to)
    {
        return;
    }
    if (vt->dirty_lo[row] >= vt->dirty_hi[row])
    {
        vt->dirty_lo[row] = from;
        vt->dirty_hi[row] = to;
        return;
    }
    vt->dirty_lo[row] = from < vt->dirty_lo[row] ? from : vt->dirty_lo[row];
    vt->dirty_hi[row] = to > vt->dirty_hi[row] ? to : vt->dirty_hi[row];
}

void vt_dirty_all(vt_t* vt)
{
    for (int r = 0; r < vt->rows; r++)
    {
        vt->dirty_lo[r] = 0;
        vt->dirty_hi[r] = vt->cols;
    }
}

bool vt_row_dirty(const vt_t* vt, int row, int* from, int* to)
{
    if (row < 0 || row >= vt->rows || vt->dirty_lo[row] >= vt->dirty_hi[row])
    {
        return false;
    }
    *from = vt->dirty_lo[row];
    *to = vt->dirty_hi[row];
    return true;
}

void vt_clean(vt_t* vt)
{
    for (int r = 0; r < vt->rows; r++)
    {
        vt->dirty_lo[r] = vt->dirty_hi[r] = 0;
    }
}

// Blank cells carry the current background (as xterm erases), no attributes.
void vt_erase(vt_t* vt, int row, int from, int to)
{
    from = from < 0 ? 0 : from;
    to = to > vt->cols ? vt->cols : to;
    if (row < 0 || row >= vt->rows || from >= to)
    {
        return;
    }
    vt_cell_t* line = vt_line(vt, row);
    for (int c = from; c < to; c++)
    {
        line[c] = (vt_cell_t){.ch = 0, .fg = VT_COLOR_DEFAULT, .bg = vt->bg, .attrs = 0};
    }
    vt_dirty_span(vt, row, from, to);
}

// Scroll rows top..bottom up by @p lines: the top ones go (into the
// history when the region is the whole screen), blank ones come in below.
void vt_scroll_up(vt_t* vt, int top, int bottom, int lines)
{
    int height = bottom - top + 1;
    lines = lines > height ? height : lines;
    if (lines <= 0 || top < 0 || bottom >= vt->rows)
    {
        return;
    }
    if (top == 0 && bottom == vt->rows - 1)
    {
        // Rotate the ring: the old top line becomes the newest history line.
        for (int i = 0; i < lines; i++)
        {
            vt->head = vt_mod(vt->head + 1, vt->capacity);
            bool full = vt->history == vt->history_max;
            vt->history += !full;
            if (vt->view > 0)
            {
                vt->view += vt->view < vt->history; // keep looking at the same lines
                if (full || vt->view == vt->history)
                {
                    vt_dirty_all(vt);
                }
            }
            vt_erase(vt, vt->rows - 1, 0, vt->cols);
        }
    }
    else
    {
        size_t width = (size_t)vt->cols * sizeof(vt_cell_t);
        for (int r = top; r + lines <= bottom; r++)
        {
            memcpy(vt_line(vt, r), vt_line(vt, r + lines), width);
        }
        for (int r = bottom - lines + 1; r <= bottom; r++)
        {
            vt_erase(vt, r, 0, vt->cols);
        }
    }
    for (int r = top; r <= bottom; r++)
    {
        vt_dirty_span(vt, r, 0, vt->cols);
    }
}

// Scroll rows top..bottom down by @p lines: blank lines come in at the top.
void vt_scroll_down(vt_t* vt, int top, int bottom, int lines)
{
    int height = bottom - top + 1;
    lines = lines > height ? height : lines;
    if (lines <= 0 || top < 0 || bottom >= vt->rows)
    {
        return;
    }
    size_t width = (size_t)vt->cols * sizeof(vt_cell_t);
    for (int r = bottom; r - lines >= top; r--)
    {
        memcpy(vt_line(vt, r), vt_line(vt, r - lines), width);
    }
    for (int r = top; r < top + lines; r++)
    {
        vt_erase(vt, r, 0, vt->cols);
    }
    for (int r = top; r <= bottom; r++)
    {
        vt_dirty_span(vt, r, 0, vt->cols);
    }
}

const vt_cell_t* vt_screen_cell(const vt_t* vt, int col, int row)
{
    if (vt->cells == NULL || col < 0 || col >= vt->cols || row < 0 || row >= vt->rows)
    {
        return NULL;
    }
    return vt_line_const(vt, row) + col;
}

const vt_cell_t* vt_history_cell(const vt_t* vt, int k, int col)
{
    if (vt->cells == NULL || k < 1 || k > vt->history || col < 0 || col >= vt->cols)
    {
        return NULL;
    }
    return vt_line_const(vt, -k) + col;
}

const vt_cell_t* vt_view_cell(const vt_t* vt, int col, int row)
{
    if (row < 0 || row >= vt->rows)
    {
        return NULL;
    }
    int live = row - vt->view;
    return live >= 0 ? vt_screen_cell(vt, col, live) : vt_history_cell(vt, -live, col);
}

void vt_scroll_view(vt_t* vt, int lines)
{
    long target = (long)vt->view + lines;
    target = target < 0 ? 0 : target > vt->history ? vt->history : target;
    if (target != vt->view)
    {
        vt->view = (int)target;
        vt_dirty_all(vt);
    }
}

bool vt_cursor_shown(const vt_t* vt, int* col, int* row)
{
    if (!vt->cursor_visible || vt->row + vt->view >= vt->rows)
    {
        return false;
    }
    *col = vt->col;
    *row = vt->row + vt->view;
    return true;
}

static size_t vt_utf8_encode(uint32_t ch, char out[4])
{
    if (ch < 0x80)
    {
        out[0] = (char)ch;
        return 1;
    }
    if (ch < 0x800)
    {
        out[0] = (char)(0xC0 | ch >> 6);
        out[1] = (char)(0x80 | (ch & 0x3F));
        return 2;
    }
    if (ch < 0x10000)
    {
        out[0] = (char)(0xE0 | ch >> 12);
        out[1] = (char)(0x80 | (ch >> 6 & 0x3F));
        out[2] = (char)(0x80 | (ch & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | ch >> 18);
    out[1] = (char)(0x80 | (ch >> 12 & 0x3F));
    out[2] = (char)(0x80 | (ch >> 6 & 0x3F));
    out[3] = (char)(0x80 | (ch & 0x3F));
    return 4;
}

size_t vt_row_text(const vt_t* vt, int row, char* out, size_t size)
{
    size_t length = 0, kept = 0; // kept: the length up to the last non-blank
    for (int c = 0; c < vt->cols && size > 0; c++)
    {
        const vt_cell_t* cell = vt_view_cell(vt, c, row);
        uint32_t ch = cell == NULL || cell->ch == 0 ? ' ' : cell->ch;
        char bytes[4];
        size_t n = vt_utf8_encode(ch, bytes);
        if (length + n >= size)
        {
            break;
        }
        memcpy(out + length, bytes, n);
        length += n;
        kept = ch == ' ' ? kept : length;
    }
    if (size > 0)
    {
        out[kept] = '\0';
    }
    return kept;
}
