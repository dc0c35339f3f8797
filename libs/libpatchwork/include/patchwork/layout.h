// Placing widgets: rectangles cut from an area in rows, columns or a grid
// with spacing between them (pure arithmetic; widget.h's
// pw_widget_set_rect puts a widget there).
#ifndef PATCHWORK_LAYOUT_H
#define PATCHWORK_LAYOUT_H

#include <patchwork/surface.h>
#include <patchwork/widget.h>

#include <stdint.h>

// AREA shrunk by MARGIN on every side (never below empty).
rect_t pw_layout_inset(rect_t area, int32_t margin);

// Cell (COLUMN, ROW) of AREA cut into COLUMNS x ROWS equal cells with
// SPACING pixels between neighbours, spanning COLUMN_SPAN x ROW_SPAN cells
// (the spacing between spanned cells included). Pixels that do not divide
// evenly go to the last column and row, so the cells fill AREA exactly.
rect_t pw_layout_cell(rect_t area, int32_t columns, int32_t rows, int32_t spacing, int32_t column, int32_t row,
                      int32_t column_span, int32_t row_span);

// Row INDEX of COUNT equal rows of AREA (one column), and column INDEX of
// COUNT equal columns (one row).
rect_t pw_layout_row(rect_t area, int32_t count, int32_t spacing, int32_t index);
rect_t pw_layout_column(rect_t area, int32_t count, int32_t spacing, int32_t index);

// Split AREA into a top part of HEIGHT pixels (*TOP) and the rest below
// SPACING (*REST); HEIGHT is cut to AREA's.
void pw_layout_split_top(rect_t area, int32_t height, int32_t spacing, rect_t* top, rect_t* rest);

// Lay PARENT's visible children out in AREA: one under the other
// (vertical) or side by side, equal sizes, SPACING apart.
void pw_layout_stack(pw_widget_t* parent, rect_t area, int32_t spacing, bool vertical);

#endif
