// The game of tetris as pure state: a 10 x 20 well, the falling piece,
// the next one, score, lines and level. No system calls and no drawing:
// the program (main.c, loop.c, render.c) feeds it actions and ticks, and
// the host tests (tests/host/games) drive it the same way. Everything is
// deterministic for a seed.
//
// Coordinates: column x grows to the right (0 to TETRIS_COLS - 1), row y
// downwards (0 is the top row). A piece is its kind, its rotation (0 the
// spawn orientation, then clockwise quarter turns) and the top-left
// corner (x, y) of its box, the N x N square its cells turn in (N = 4 for
// I, 2 for O, 3 for the others).
//
// Rotation system: the box's cells are turned a quarter about the box's
// centre (the orientations of the Super Rotation System's basic states);
// when the turned piece does not fit, these "wall kicks" are tried in
// order and the first that fits wins: one column left, one right, two
// left and two right (I only), one row up. Nothing fits: no rotation.
//
// Gravity: a tick is 1/TETRIS_TICK_HZ s; every tetris_gravity(level)
// ticks the piece falls a row, and a piece that cannot fall then locks
// (there is no lock delay). Soft drop moves a row down at once (locking
// a piece that rests); hard drop drops it to the bottom and locks it.
//
// Scoring is classic: 1, 2, 3 or 4 lines cleared at once give 100, 300,
// 500 or 800 times the level they were cleared at; drops score nothing.
// The level starts at 1 and goes up by one every 10 lines.
//
// Randomiser: a "7-bag": the seven kinds in a shuffled order, then the
// seven again in a new order, and so on, shuffled with a 64-bit
// pseudo-random generator seeded by tetris_init.
#ifndef TETRIS_H
#define TETRIS_H

#include <stdbool.h>
#include <stdint.h>

#define TETRIS_COLS 10
#define TETRIS_ROWS 20
#define TETRIS_TICK_HZ 60
#define TETRIS_LINES_PER_LEVEL 10

typedef enum
{
    TETRIS_I,
    TETRIS_O,
    TETRIS_T,
    TETRIS_S,
    TETRIS_Z,
    TETRIS_J,
    TETRIS_L,
    TETRIS_KINDS,
} tetris_kind_t;

typedef struct
{
    int8_t x, y;
} tetris_cell_t;

// pieces.c: the seven shapes.

// The side of KIND's rotation box.
int tetris_piece_box(tetris_kind_t kind);

// The four cells of KIND turned ROTATION quarters clockwise (any int:
// taken modulo 4), in box coordinates, sorted by row then column.
void tetris_piece_cells(tetris_kind_t kind, int rotation, tetris_cell_t cells[4]);

// bag.c: the 7-bag randomiser.
typedef struct
{
    uint64_t state;        // the generator's
    uint8_t order[TETRIS_KINDS];
    uint8_t taken;         // how many of order are dealt (TETRIS_KINDS: a new bag is due)
} tetris_bag_t;

void tetris_bag_init(tetris_bag_t* bag, uint64_t seed);
tetris_kind_t tetris_bag_next(tetris_bag_t* bag);

// engine.c: the game.
typedef struct
{
    tetris_kind_t kind;
    int rotation; // 0 to 3
    int x, y;     // the box's top-left cell in the well
} tetris_piece_t;

typedef struct
{
    uint8_t well[TETRIS_ROWS][TETRIS_COLS]; // 0 empty, else the kind + 1 that filled it
    tetris_piece_t piece;                   // falling (meaningless once over)
    tetris_kind_t next;
    tetris_bag_t bag;
    uint32_t score;
    uint32_t lines;
    uint32_t level;
    uint32_t ticks;       // since the piece last fell
    uint32_t last_clear;  // lines the last locked piece cleared (0 to 4)
    bool over;            // a new piece could not be placed
    bool paused;
} tetris_t;

typedef enum
{
    TETRIS_LEFT,
    TETRIS_RIGHT,
    TETRIS_ROTATE_CW,
    TETRIS_ROTATE_CCW,
    TETRIS_SOFT_DROP,
    TETRIS_HARD_DROP,
    TETRIS_PAUSE,   // pause or resume
    TETRIS_RESTART, // a new game (only once the game is over)
} tetris_action_t;

// A new game: empty well, score 0, level 1, the first piece placed.
void tetris_init(tetris_t* game, uint64_t seed);

// Do ACTION; true when the state changed (what is shown may change).
// While paused only TETRIS_PAUSE acts; once over only TETRIS_RESTART.
bool tetris_act(tetris_t* game, tetris_action_t action);

// One tick of gravity; true when the state changed. Nothing happens while
// paused or over.
bool tetris_step(tetris_t* game);

// Ticks per row of fall at LEVEL (>= 1): fewer as the level rises.
uint32_t tetris_gravity(uint32_t level);

// Points for clearing LINES (1 to 4) at once at LEVEL; 0 for other counts.
uint32_t tetris_line_score(uint32_t lines, uint32_t level);

// Whether PIECE lies inside the well on empty cells.
bool tetris_fits(const tetris_t* game, const tetris_piece_t* piece);

// The row the falling piece's box would land at if dropped now (the
// ghost piece).
int tetris_ghost_y(const tetris_t* game);

#endif
