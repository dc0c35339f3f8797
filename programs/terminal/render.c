// Drawing the terminal model with libpatchwork (render.h).
#include "render.h"

#include <patchwork/draw.h>
#include <patchwork/text.h>

const uint32_t render_ansi[16] = {
    0xFF272B33u, 0xFFE06C75u, 0xFF98C379u, 0xFFE5C07Bu, 0xFF61AFEFu, 0xFFC678DDu, 0xFF56B6C2u, 0xFFABB2BFu,
    0xFF5C6370u, 0xFFFF7A85u, 0xFFB5E890u, 0xFFFFD68Au, 0xFF7EC7FFu, 0xFFDE9BF0u, 0xFF7FD6E0u, 0xFFFFFFFFu,
};

void render_init(render_t* render, const grf_font_t* font)
{
    render->font = font;
    int64_t width = text_width(font, "M", 1);
    render->cell_width = width > 0 ? (int32_t)width : 8;
    int32_t height = text_height(font);
    render->cell_height = height > 0 ? height : 16;
    render->focused = true;
    render->cursor_col = render->cursor_row = -1;
}

void render_window_size(const render_t* render, int cols, int rows, uint32_t* width, uint32_t* height)
{
    *width = (uint32_t)(cols * render->cell_width + 2 * RENDER_PAD);
    *height = (uint32_t)(rows * render->cell_height + 2 * RENDER_PAD);
}

void render_grid_size(const render_t* render, uint32_t width, uint32_t height, int* cols, int* rows)
{
    int64_t c = ((int64_t)width - 2 * RENDER_PAD) / render->cell_width;
    int64_t r = ((int64_t)height - 2 * RENDER_PAD) / render->cell_height;
    *cols = c < 1 ? 1 : c > VT_MAX_SIDE ? VT_MAX_SIDE : (int)c;
    *rows = r < 1 ? 1 : r > VT_MAX_SIDE ? VT_MAX_SIDE : (int)r;
}

// Indexed colours 16-231 are a 6x6x6 cube, 232-255 a grey ramp (xterm's).
static uint32_t render_indexed(uint32_t n)
{
    if (n < 16)
    {
        return render_ansi[n];
    }
    if (n < 232)
    {
        static const uint8_t levels[6] = {0, 95, 135, 175, 215, 255};
        n -= 16;
        return draw_rgb(levels[n / 36], levels[n / 6 % 6], levels[n % 6]);
    }
    uint8_t grey = (uint8_t)(8 + 10 * (n - 232));
    return draw_rgb(grey, grey, grey);
}

uint32_t render_color(vt_color_t color, bool foreground, bool bold)
{
    uint32_t value = VT_COLOR_VALUE(color);
    switch (VT_COLOR_KIND(color))
    {
    case 1:
        return render_indexed(bold && foreground && value < 8 ? value + 8 : value);
    case 2:
        return 0xFF000000u | value;
    default:
        return foreground ? RENDER_DEFAULT_FG : RENDER_DEFAULT_BG;
    }
}

static rect_t render_cell_rect(const render_t* render, int col, int row)
{
    return rect_make(RENDER_PAD + col * render->cell_width, RENDER_PAD + row * render->cell_height,
                     render->cell_width, render->cell_height);
}

static size_t render_utf8(uint32_t ch, char out[4])
{
    if (ch < 0x80)
    {
        out[0] = (char)ch;
        return 1;
    }
    if (ch < 0x800)
    {
        out[0] = (char)(0xC0 | ch >> 6), out[1] = (char)(0x80 | (ch & 0x3F));
        return 2;
    }
    if (ch < 0x10000)
    {
        out[0] = (char)(0xE0 | ch >> 12), out[1] = (char)(0x80 | (ch >> 6 & 0x3F)), out[2] = (char)(0x80 | (ch & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | ch >> 18), out[1] = (char)(0x80 | (ch >> 12 & 0x3F));
    out[2] = (char)(0x80 | (ch >> 6 & 0x3F)), out[3] = (char)(0x80 | (ch & 0x3F));
    return 4;
}

static void render_cell(render_t* render, const vt_t* vt, surface_t* surface, int col, int row, bool cursor)
{
    static const vt_cell_t blank = {0};
    const vt_cell_t* cell = vt_view_cell(vt, col, row);
    cell = cell != NULL ? cell : &blank;
    bool bold = cell->attrs & VT_ATTR_BOLD;
    uint32_t fg = render_color(cell->fg, true, bold);
    uint32_t bg = render_color(cell->bg, false, false);
    if (cell->attrs & VT_ATTR_REVERSE)
    {
        uint32_t swap = fg;
        fg = bg, bg = swap;
    }
    rect_t box = render_cell_rect(render, col, row);
    if (cursor && render->focused)
    {
        bg = RENDER_CURSOR, fg = RENDER_DEFAULT_BG;
    }
    draw_fill_rect_copy(surface, box, bg);
    surface_push_clip(surface, box);
    if (cell->ch > ' ')
    {
        char bytes[4];
        text_draw(surface, render->font, box.x, box.y, bytes, render_utf8(cell->ch, bytes), fg);
    }
    if (cell->attrs & VT_ATTR_UNDERLINE)
    {
        draw_hline(surface, box.x, box.y + render->font->ascent + 1, box.width, fg);
    }
    if (cursor && !render->focused)
    {
        draw_rect_outline(surface, box, 1, RENDER_CURSOR);
    }
    surface_pop_clip(surface);
}

void render_dirty(render_t* render, vt_t* vt, surface_t* surface, damage_t* damage)
{
    int cursor_col = -1, cursor_row = -1;
    if (!vt_cursor_shown(vt, &cursor_col, &cursor_row))
    {
        cursor_col = cursor_row = -1;
    }
    if (render->cursor_row >= 0 && (render->cursor_row != cursor_row || render->cursor_col != cursor_col))
    {
        vt_dirty_span(vt, render->cursor_row - vt->view, render->cursor_col, render->cursor_col + 1);
    }
    if (cursor_row >= 0)
    {
        vt_dirty_span(vt, cursor_row - vt->view, cursor_col, cursor_col + 1); // focus may have changed its look
    }
    for (int row = 0; row < vt->rows; row++)
    {
        int from, to;
        if (!vt_row_dirty(vt, row, &from, &to))
        {
            continue;
        }
        for (int col = from; col < to; col++)
        {
            render_cell(render, vt, surface, col, row, row == cursor_row && col == cursor_col);
        }
        rect_t first = render_cell_rect(render, from, row);
        damage_add(damage, rect_make(first.x, first.y, (to - from) * render->cell_width, render->cell_height));
    }
    render->cursor_col = cursor_col;
    render->cursor_row = cursor_row;
    vt_clean(vt);
}

void render_all(render_t* render, vt_t* vt, surface_t* surface, damage_t* damage)
{
    draw_fill_rect_copy(surface, surface_bounds(surface), RENDER_DEFAULT_BG);
    damage_add(damage, surface_bounds(surface));
    render->cursor_col = render->cursor_row = -1;
    vt_dirty_all(vt);
    render_dirty(render, vt, surface, damage);
}
