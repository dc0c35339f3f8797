// Where tetris draws what in its window, and in which colours; the
// in-OS test (tests/user/tetris_test.c) reads the same numbers to probe
// the well's cells on dwm's screen.
#ifndef TETRIS_LAYOUT_H
#define TETRIS_LAYOUT_H

#include <stdint.h>

// The window: its content's top-left corner on the screen, and its size.
#define LAYOUT_WINDOW_X 48
#define LAYOUT_WINDOW_Y 48
#define LAYOUT_CELL 24 // a cell's side, pixels
#define LAYOUT_WELL_X 16
#define LAYOUT_WELL_Y 16
#define LAYOUT_WELL_WIDTH (10 * LAYOUT_CELL)
#define LAYOUT_WELL_HEIGHT (20 * LAYOUT_CELL)
#define LAYOUT_SIDE_X (LAYOUT_WELL_X + LAYOUT_WELL_WIDTH + 24) // the panel: next piece, numbers, help
#define LAYOUT_SIDE_WIDTH 150
#define LAYOUT_WIDTH (LAYOUT_SIDE_X + LAYOUT_SIDE_WIDTH + 16)
#define LAYOUT_HEIGHT (LAYOUT_WELL_Y + LAYOUT_WELL_HEIGHT + 16)

// Opaque colours (0xAARRGGBB). A filled cell's middle pixel is its
// kind's colour (the bevel is only at its edges); an empty cell's, and a
// ghost cell's (the ghost is an outline), is the well's.
#define LAYOUT_BACKGROUND 0xFF202430u
#define LAYOUT_WELL 0xFF0C0E14u
#define LAYOUT_GRID 0xFF161A24u
#define LAYOUT_BORDER 0xFF6A7388u
#define LAYOUT_TEXT 0xFFE8ECF4u
#define LAYOUT_DIM_TEXT 0xFF9AA3B8u

// By tetris_kind_t: I, O, T, S, Z, J, L.
static const uint32_t layout_piece_colours[7] = {
    0xFF20C8E0u, 0xFFF0D020u, 0xFFA048E0u, 0xFF48C848u, 0xFFE04848u, 0xFF3868E8u, 0xFFF09028u,
};

#endif
