// Resizing the terminal model (vt.h). The history and the screen are seen
// as one list of lines, oldest first; the new screen is a window onto it
// chosen so that the cursor's line stays on the screen: when rows shrink,
// lines above the cursor move into the history (those below it that no
// longer fit are lost); when rows grow, lines come back from the history
// above, as xterm does. Each line keeps its cells from the left, cut or
// padded with blanks; nothing is re-wrapped.
#include "vt.h"

#include <stdlib.h>
#include <string.h>

bool vt_resize(vt_t* vt, int cols, int rows)
{
    if (cols < 1 || rows < 1 || cols > VT_MAX_SIDE || rows > VT_MAX_SIDE)
    {
        return false;
    }
    if (cols == vt->cols && rows == vt->rows)
    {
        return true;
    }
    int capacity = rows + vt->history_max;
    vt_cell_t* cells = calloc((size_t)capacity * (size_t)cols, sizeof(vt_cell_t));
    int* lo = calloc((size_t)rows, sizeof(int));
    int* hi = calloc((size_t)rows, sizeof(int));
    if (cells == NULL || lo == NULL || hi == NULL)
    {
        free(cells);
        free(lo);
        free(hi);
        return false;
    }
    // Line i of the old list: history line (history - i) for i < history,
    // else screen row i - history. The new screen starts at list line start.
    int total = vt->history + vt->rows;
    int start;
    if (rows < vt->rows)
    {
        int below = vt->row - (rows - 1); // cursor lines that would fall off the bottom
        start = vt->history + (below > 0 ? below : 0);
    }
    else
    {
        int pulled = rows - vt->rows;
        start = vt->history - (pulled < vt->history ? pulled : vt->history);
    }
    int first = start - vt->history_max; // the oldest line kept
    first = first < 0 ? 0 : first;
    int copy = cols < vt->cols ? cols : vt->cols;
    // The new ring has head 0: the screen is lines 0..rows-1 and history
    // line k is line capacity - k.
    for (int i = first; i < total && i < start + rows; i++)
    {
        const vt_cell_t* from = i < vt->history ? vt_history_cell(vt, vt->history - i, 0)
                                                : vt_screen_cell(vt, 0, i - vt->history);
        int slot = i - start; // negative for the history
        slot = slot < 0 ? slot + capacity : slot;
        memcpy(cells + (size_t)slot * (size_t)cols, from, (size_t)copy * sizeof(vt_cell_t));
    }
    int row = vt->history + vt->row - start;
    free(vt->cells);
    free(vt->dirty_lo);
    free(vt->dirty_hi);
    vt->cells = cells;
    vt->dirty_lo = lo;
    vt->dirty_hi = hi;
    vt->capacity = capacity;
    vt->head = 0;
    vt->history = start - first;
    vt->view = 0;
    vt->cols = cols;
    vt->rows = rows;
    vt->top = 0;
    vt->bottom = rows - 1;
    vt->row = row < 0 ? 0 : row >= rows ? rows - 1 : row;
    vt->col = vt->col >= cols ? cols - 1 : vt->col;
    vt->wrap_pending = vt->wrap_pending && vt->col == cols - 1;
    vt->saved.row = vt->saved.row >= rows ? rows - 1 : vt->saved.row;
    vt->saved.col = vt->saved.col >= cols ? cols - 1 : vt->saved.col;
    vt_dirty_all(vt);
    return true;
}
