// Layout helpers (layout.h).
#include <patchwork/layout.h>

rect_t pw_layout_inset(rect_t area, int32_t margin)
{
    int32_t width = area.width - 2 * margin, height = area.height - 2 * margin;
    return (rect_t){area.x + margin, area.y + margin, width > 0 ? width : 0, height > 0 ? height : 0};
}

// Start and size of cells FIRST..FIRST+SPAN-1 of COUNT along LENGTH.
static void axis(int32_t length, int32_t count, int32_t spacing, int32_t first, int32_t span, int32_t* start,
                 int32_t* size)
{
    count = count < 1 ? 1 : count;
    span = span < 1 ? 1 : span;
    int32_t cell = (length - (count - 1) * spacing) / count;
    cell = cell < 0 ? 0 : cell;
    *start = first * (cell + spacing);
    int32_t last = first + span - 1;
    // The last cell takes what is left over.
    int32_t end = last >= count - 1 ? length : last * (cell + spacing) + cell;
    *size = end - *start > 0 ? end - *start : 0;
}

rect_t pw_layout_cell(rect_t area, int32_t columns, int32_t rows, int32_t spacing, int32_t column, int32_t row,
                      int32_t column_span, int32_t row_span)
{
    int32_t x, y, width, height;
    axis(area.width, columns, spacing, column, column_span, &x, &width);
    axis(area.height, rows, spacing, row, row_span, &y, &height);
    return (rect_t){area.x + x, area.y + y, width, height};
}

rect_t pw_layout_row(rect_t area, int32_t count, int32_t spacing, int32_t index)
{
    return pw_layout_cell(area, 1, count, spacing, 0, index, 1, 1);
}

rect_t pw_layout_column(rect_t area, int32_t count, int32_t spacing, int32_t index)
{
    return pw_layout_cell(area, count, 1, spacing, index, 0, 1, 1);
}

void pw_layout_split_top(rect_t area, int32_t height, int32_t spacing, rect_t* top, rect_t* rest)
{
    height = height < 0 ? 0 : height > area.height ? area.height : height;
    *top = (rect_t){area.x, area.y, area.width, height};
    int32_t below = area.height - height - spacing;
    *rest = (rect_t){area.x, area.y + height + spacing, area.width, below > 0 ? below : 0};
}

void pw_layout_stack(pw_widget_t* parent, rect_t area, int32_t spacing, bool vertical)
{
    int32_t count = 0;
    for (pw_widget_t* child = parent->first_child; child != NULL; child = child->next)
    {
        count += !child->hidden;
    }
    int32_t index = 0;
    for (pw_widget_t* child = parent->first_child; child != NULL; child = child->next)
    {
        if (!child->hidden)
        {
            rect_t rect = vertical ? pw_layout_row(area, count, spacing, index) : pw_layout_column(area, count, spacing, index);
            pw_widget_set_rect(child, rect);
            index++;
        }
    }
}
