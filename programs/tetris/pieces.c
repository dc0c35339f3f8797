// The seven tetrominoes and their quarter turns (tetris.h): each is
// stored once, in its spawn orientation, and turned by arithmetic.
#include "tetris.h"

typedef struct
{
    int box;
    tetris_cell_t cells[4];
} shape_t;

// Spawn orientations as in the Super Rotation System: flat side down,
// I in its box's second row.
static const shape_t shapes[TETRIS_KINDS] = {
    [TETRIS_I] = {4, {{0, 1}, {1, 1}, {2, 1}, {3, 1}}},
    [TETRIS_O] = {2, {{0, 0}, {1, 0}, {0, 1}, {1, 1}}},
    [TETRIS_T] = {3, {{1, 0}, {0, 1}, {1, 1}, {2, 1}}},
    [TETRIS_S] = {3, {{1, 0}, {2, 0}, {0, 1}, {1, 1}}},
    [TETRIS_Z] = {3, {{0, 0}, {1, 0}, {1, 1}, {2, 1}}},
    [TETRIS_J] = {3, {{0, 0}, {0, 1}, {1, 1}, {2, 1}}},
    [TETRIS_L] = {3, {{2, 0}, {0, 1}, {1, 1}, {2, 1}}},
};

int tetris_piece_box(tetris_kind_t kind)
{
    return shapes[kind].box;
}

void tetris_piece_cells(tetris_kind_t kind, int rotation, tetris_cell_t cells[4])
{
    const shape_t* shape = &shapes[kind];
    int turns = ((rotation % 4) + 4) % 4;
    for (int i = 0; i < 4; i++)
    {
        tetris_cell_t cell = shape->cells[i];
        for (int t = 0; t < turns; t++)
        {
            // A clockwise quarter turn inside the box (y grows downwards).
            cell = (tetris_cell_t){(int8_t)(shape->box - 1 - cell.y), cell.x};
        }
        // Keep the order canonical (row, then column) so that equal shapes
        // compare equal cell by cell.
        int j = i;
        while (j > 0 && (cells[j - 1].y > cell.y || (cells[j - 1].y == cell.y && cells[j - 1].x > cell.x)))
        {
            cells[j] = cells[j - 1];
            j--;
        }
        cells[j] = cell;
    }
}
