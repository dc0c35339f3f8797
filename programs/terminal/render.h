// Drawing the terminal model (vt.h) into a window's pixels with
// libpatchwork: each cell is a rectangle of the font's advance by its line
// height, filled with its background and its character drawn over it,
// clipped to the cell (so a cell's pixels depend on that cell alone and
// redrawing only the dirty ones is exact). The cursor is a block in the
// cursor colour with the character in the background colour over it (an
// outline when the window does not have the keyboard).
#ifndef TERMINAL_RENDER_H
#define TERMINAL_RENDER_H

#include "vt.h"

#include <patchwork/damage.h>
#include <patchwork/grf.h>
#include <patchwork/surface.h>

#include <stdbool.h>
#include <stdint.h>

// The border around the grid, in pixels, filled with the background.
#define RENDER_PAD 4

// The dark theme: the default colours, the cursor's, and the 16 ANSI
// colours (0-7 normal, 8-15 bright) that indexed colours 0-15 are.
#define RENDER_DEFAULT_FG 0xFFD7DAE0u
#define RENDER_DEFAULT_BG 0xFF16181Du
#define RENDER_CURSOR 0xFFF0C674u
extern const uint32_t render_ansi[16];

typedef struct
{
    const grf_font_t* font;
    int32_t cell_width, cell_height;
    bool focused; // the window has the keyboard: a filled cursor
    int cursor_col, cursor_row; // where the cursor was last drawn (-1: nowhere)
} render_t;

// Set up for @p font (kept, not copied): the cell size comes from the
// width of "M" and the line box's height.
void render_init(render_t* render, const grf_font_t* font);

// The pixel size of a window of @p cols x @p rows cells, and the cells
// that fit in @p width x @p height pixels (at least 1 x 1).
void render_window_size(const render_t* render, int cols, int rows, uint32_t* width, uint32_t* height);
void render_grid_size(const render_t* render, uint32_t width, uint32_t height, int* cols, int* rows);

// The pixel a colour of the model stands for; @p foreground picks what
// the default means, @p bold makes ANSI colours 0-7 their bright forms.
uint32_t render_color(vt_color_t color, bool foreground, bool bold);

// Draw the model's dirty cells and the cursor (if it moved, its old cell
// too) into @p surface, add the pixels changed to @p damage, and mark the
// model clean.
void render_dirty(render_t* render, vt_t* vt, surface_t* surface, damage_t* damage);

// Draw everything: the padding and every cell.
void render_all(render_t* render, vt_t* vt, surface_t* surface, damage_t* damage);

#endif
