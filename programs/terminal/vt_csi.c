// The terminal model's CSI sequences (vt.h): cursor movement, erasing,
// inserting and deleting, the scroll region, modes and SGR (colours and
// attributes). Parameters arrive already cut to VT_PARAM_MAX; a missing
// or zero count means 1, as ECMA-48 says.
#include "vt.h"

// Parameter @p i, or @p fallback when absent or 0.
static int vt_param(const vt_t* vt, int i, int fallback)
{
    return i < vt->param_count && vt->params[i] != 0 ? (int)vt->params[i] : fallback;
}

// Parameter @p i as it is (0 when absent).
static int vt_param_raw(const vt_t* vt, int i)
{
    return i < vt->param_count ? (int)vt->params[i] : 0;
}

static void vt_erase_display(vt_t* vt, int mode)
{
    if (mode == 0)
    {
        vt_erase(vt, vt->row, vt->col, vt->cols);
        for (int r = vt->row + 1; r < vt->rows; r++)
        {
            vt_erase(vt, r, 0, vt->cols);
        }
    }
    else if (mode == 1)
    {
        for (int r = 0; r < vt->row; r++)
        {
            vt_erase(vt, r, 0, vt->cols);
        }
        vt_erase(vt, vt->row, 0, vt->col + 1);
    }
    else if (mode == 2 || mode == 3)
    {
        for (int r = 0; r < vt->rows; r++)
        {
            vt_erase(vt, r, 0, vt->cols);
        }
        if (mode == 3)
        {
            vt->history = 0; // xterm's "erase saved lines"
            vt->view = 0;
            vt_dirty_all(vt);
        }
    }
}

static void vt_erase_line(vt_t* vt, int mode)
{
    int from = mode == 0 ? vt->col : 0;
    int to = mode == 1 ? vt->col + 1 : vt->cols;
    if (mode >= 0 && mode <= 2)
    {
        vt_erase(vt, vt->row, from, to);
    }
}

// Insert (@p count > 0) or delete (< 0) blank cells at the cursor; the rest
// of the line moves right (falling off the end) or left.
static void vt_shift_cells(vt_t* vt, int count)
{
    vt_cell_t* line = vt_line(vt, vt->row);
    int room = vt->cols - vt->col;
    int n = count > 0 ? count : -count;
    n = n > room ? room : n;
    if (count > 0)
    {
        for (int c = vt->cols - 1; c >= vt->col + n; c--)
        {
            line[c] = line[c - n];
        }
        vt_erase(vt, vt->row, vt->col, vt->col + n);
    }
    else
    {
        for (int c = vt->col; c + n < vt->cols; c++)
        {
            line[c] = line[c + n];
        }
        vt_erase(vt, vt->row, vt->cols - n, vt->cols);
    }
    vt_dirty_span(vt, vt->row, vt->col, vt->cols);
    vt->wrap_pending = false;
}

// Insert or delete lines at the cursor, inside the scroll region.
static void vt_shift_lines(vt_t* vt, int count)
{
    if (vt->row < vt->top || vt->row > vt->bottom)
    {
        return;
    }
    if (count > 0)
    {
        vt_scroll_down(vt, vt->row, vt->bottom, count);
    }
    else
    {
        vt_scroll_up(vt, vt->row, vt->bottom, -count);
    }
    vt_move_to(vt, vt->row, 0);
}

// 38 and 48's extended colours: "5;n" or "2;r;g;b" from parameter @p i.
// Returns how many parameters it used.
static int vt_extended_color(vt_t* vt, int i, vt_color_t* out)
{
    int kind = vt_param_raw(vt, i);
    if (kind == 5 && i + 1 < vt->param_count)
    {
        *out = VT_COLOR_INDEXED(vt_param_raw(vt, i + 1) & 0xFF);
        return 2;
    }
    if (kind == 2 && i + 3 < vt->param_count)
    {
        int r = vt_param_raw(vt, i + 1), g = vt_param_raw(vt, i + 2), b = vt_param_raw(vt, i + 3);
        *out = VT_COLOR_RGB(r > 255 ? 255 : r, g > 255 ? 255 : g, b > 255 ? 255 : b);
        return 4;
    }
    return vt->param_count - i; // malformed: the rest means nothing
}

static void vt_sgr(vt_t* vt)
{
    int count = vt->param_count == 0 ? 1 : vt->param_count; // CSI m is CSI 0 m
    for (int i = 0; i < count; i++)
    {
        int p = vt_param_raw(vt, i);
        if (p == 0)
        {
            vt->fg = vt->bg = VT_COLOR_DEFAULT;
            vt->attrs = 0;
        }
        else if (p == 1)
        {
            vt->attrs |= VT_ATTR_BOLD;
        }
        else if (p == 4)
        {
            vt->attrs |= VT_ATTR_UNDERLINE;
        }
        else if (p == 7)
        {
            vt->attrs |= VT_ATTR_REVERSE;
        }
        else if (p == 22)
        {
            vt->attrs &= (uint8_t)~VT_ATTR_BOLD;
        }
        else if (p == 24)
        {
            vt->attrs &= (uint8_t)~VT_ATTR_UNDERLINE;
        }
        else if (p == 27)
        {
            vt->attrs &= (uint8_t)~VT_ATTR_REVERSE;
        }
        else if (p >= 30 && p <= 37)
        {
            vt->fg = VT_COLOR_INDEXED(p - 30);
        }
        else if (p >= 40 && p <= 47)
        {
            vt->bg = VT_COLOR_INDEXED(p - 40);
        }
        else if (p >= 90 && p <= 97)
        {
            vt->fg = VT_COLOR_INDEXED(p - 90 + 8);
        }
        else if (p >= 100 && p <= 107)
        {
            vt->bg = VT_COLOR_INDEXED(p - 100 + 8);
        }
        else if (p == 39)
        {
            vt->fg = VT_COLOR_DEFAULT;
        }
        else if (p == 49)
        {
            vt->bg = VT_COLOR_DEFAULT;
        }
        else if (p == 38 || p == 48)
        {
            i += vt_extended_color(vt, i + 1, p == 38 ? &vt->fg : &vt->bg);
        }
        // Anything else (italic, blink, fonts...): not shown, ignored.
    }
}

static void vt_private_mode(vt_t* vt, bool on)
{
    for (int i = 0; i < vt->param_count; i++)
    {
        int mode = vt_param_raw(vt, i);
        if (mode == 25)
        {
            vt->cursor_visible = on;
            vt_dirty_span(vt, vt->row, vt->col, vt->col + 1);
        }
        else if (mode == 7)
        {
            vt->autowrap = on;
        }
    }
}

static void vt_set_region(vt_t* vt)
{
    int top = vt_param(vt, 0, 1) - 1;
    int bottom = vt_param(vt, 1, vt->rows) - 1;
    bottom = bottom >= vt->rows ? vt->rows - 1 : bottom;
    if (top < bottom)
    {
        vt->top = top;
        vt->bottom = bottom;
        vt_move_to(vt, 0, 0);
    }
}

void vt_csi_dispatch(vt_t* vt, uint8_t final)
{
    if (vt->intermediate != 0)
    {
        return; // CSI ... SP q (cursor style) and such: not done here
    }
    if (vt->private_marker == '?')
    {
        if (final == 'h' || final == 'l')
        {
            vt_private_mode(vt, final == 'h');
        }
        return;
    }
    if (vt->private_marker != 0)
    {
        return; // CSI > c and the like: nothing to answer with
    }
    int n = vt_param(vt, 0, 1);
    switch (final)
    {
    case 'A': vt_move_to(vt, vt->row - n, vt->col); break;
    case 'B': vt_move_to(vt, vt->row + n, vt->col); break;
    case 'C': vt_move_to(vt, vt->row, vt->col + n); break;
    case 'D': vt_move_to(vt, vt->row, vt->col - n); break;
    case 'E': vt_move_to(vt, vt->row + n, 0); break;
    case 'F': vt_move_to(vt, vt->row - n, 0); break;
    case 'G':
    case '`': vt_move_to(vt, vt->row, n - 1); break;
    case 'd': vt_move_to(vt, n - 1, vt->col); break;
    case 'H':
    case 'f': vt_move_to(vt, n - 1, vt_param(vt, 1, 1) - 1); break;
    case 'J': vt_erase_display(vt, vt_param_raw(vt, 0)); break;
    case 'K': vt_erase_line(vt, vt_param_raw(vt, 0)); break;
    case '@': vt_shift_cells(vt, n); break;
    case 'P': vt_shift_cells(vt, -n); break;
    case 'X': vt_erase(vt, vt->row, vt->col, vt->col + (n > vt->cols ? vt->cols : n)); break;
    case 'L': vt_shift_lines(vt, n); break;
    case 'M': vt_shift_lines(vt, -n); break;
    case 'S': vt_scroll_up(vt, vt->top, vt->bottom, n); break;
    case 'T': vt_scroll_down(vt, vt->top, vt->bottom, n); break;
    case 'm': vt_sgr(vt); break;
    case 'r': vt_set_region(vt); break;
    case 's': vt_save(vt); break;
    case 'u': vt_restore(vt); break;
    default: break; // unknown: dropped
    }
}
