// Host tests of tetris's engine (programs/tetris/tetris.h): the shapes
// and their turns, wall kicks, collision, line clears and their score,
// levels and gravity, the 7-bag, drops, the end of a game and
// determinism. Each test prints one TAP line (host_check.h).
#include "../host_check.h"
#include "tetris.h"

#include <string.h>

// The picture of KIND turned ROTATION times, box rows joined by '/'.
static void picture(tetris_kind_t kind, int rotation, char* out)
{
    int box = tetris_piece_box(kind);
    char grid[4][4];
    memset(grid, '.', sizeof(grid));
    tetris_cell_t cells[4];
    tetris_piece_cells(kind, rotation, cells);
    for (int i = 0; i < 4; i++)
    {
        grid[cells[i].y][cells[i].x] = 'X';
    }
    for (int y = 0; y < box; y++)
    {
        memcpy(out, grid[y], (size_t)box);
        out += box;
        *out++ = y + 1 < box ? '/' : '\0';
    }
}

// The Super Rotation System's four states of each piece, as pictures.
static const char* const expected_shapes[TETRIS_KINDS][4] = {
    [TETRIS_I] = {"..../XXXX/..../....", "..X./..X./..X./..X.", "..../..../XXXX/....", ".X../.X../.X../.X.."},
    [TETRIS_O] = {"XX/XX", "XX/XX", "XX/XX", "XX/XX"},
    [TETRIS_T] = {".X./XXX/...", ".X./.XX/.X.", ".../XXX/.X.", ".X./XX./.X."},
    [TETRIS_S] = {".XX/XX./...", ".X./.XX/..X", ".../.XX/XX.", "X../XX./.X."},
    [TETRIS_Z] = {"XX./.XX/...", "..X/.XX/.X.", ".../XX./.XX", ".X./XX./X.."},
    [TETRIS_J] = {"X../XXX/...", ".XX/.X./.X.", ".../XXX/..X", ".X./.X./XX."},
    [TETRIS_L] = {"..X/XXX/...", ".X./.X./.XX", ".../XXX/X..", "XX./.X./.X."},
};

static void test_shapes(void)
{
    char got[24];
    for (int kind = 0; kind < TETRIS_KINDS; kind++)
    {
        for (int rotation = -4; rotation < 8; rotation++)
        {
            picture((tetris_kind_t)kind, rotation, got);
            const char* want = expected_shapes[kind][((rotation % 4) + 4) % 4];
            expect(strcmp(got, want) == 0, "kind %d turned %d: %s, expected %s", kind, rotation, got, want);
        }
    }
    report("tetris/shapes-and-rotations");
}

// A game with an empty well and the falling piece set as given.
static void game_with(tetris_t* game, tetris_kind_t kind, int rotation, int x, int y)
{
    tetris_init(game, 1);
    game->piece = (tetris_piece_t){kind, rotation, x, y};
}

static void test_turns_through_engine(void)
{
    tetris_t game;
    for (int kind = 0; kind < TETRIS_KINDS; kind++)
    {
        game_with(&game, (tetris_kind_t)kind, 0, 3, 8);
        tetris_piece_t start = game.piece;
        for (int i = 0; i < 4; i++)
        {
            expect(tetris_act(&game, TETRIS_ROTATE_CW), "kind %d: turn %d refused in open space", kind, i);
            expect(game.piece.rotation == (i + 1) % 4, "kind %d: rotation %d after %d turns", kind,
                   game.piece.rotation, i + 1);
        }
        expect(memcmp(&game.piece, &start, sizeof(start)) == 0, "kind %d: four turns did not come back", kind);
        tetris_act(&game, TETRIS_ROTATE_CW);
        tetris_act(&game, TETRIS_ROTATE_CCW);
        expect(memcmp(&game.piece, &start, sizeof(start)) == 0, "kind %d: a turn and a turn back moved it", kind);
        tetris_act(&game, TETRIS_ROTATE_CCW);
        expect(game.piece.rotation == 3 && game.piece.x == 3 && game.piece.y == 8, "kind %d: counter-clockwise", kind);
    }
    report("tetris/turns-in-open-space");
}

static void test_wall_kicks(void)
{
    tetris_t game;
    // T standing (state 1, cells in box columns 1-2) against the left wall:
    // flat (state 2) would stick out a column, so it is pushed right one.
    game_with(&game, TETRIS_T, 1, -1, 5);
    expect(tetris_act(&game, TETRIS_ROTATE_CW), "T at the left wall did not turn");
    expect(game.piece.rotation == 2 && game.piece.x == 0 && game.piece.y == 5, "T kicked to x %d y %d rotation %d",
           game.piece.x, game.piece.y, game.piece.rotation);
    // The same at the right wall: T state 3 (cells in columns 0-1) at column 9.
    game_with(&game, TETRIS_T, 3, 8, 5);
    expect(tetris_act(&game, TETRIS_ROTATE_CCW) && game.piece.rotation == 2 && game.piece.x == 7,
           "T at the right wall: x %d rotation %d", game.piece.x, game.piece.rotation);
    // I standing in column 0 needs two columns to lie down.
    game_with(&game, TETRIS_I, 1, -2, 5);
    expect(tetris_act(&game, TETRIS_ROTATE_CCW) && game.piece.rotation == 0 && game.piece.x == 0,
           "I at the left wall: x %d rotation %d", game.piece.x, game.piece.rotation);
    game_with(&game, TETRIS_I, 3, 8, 5);
    expect(tetris_act(&game, TETRIS_ROTATE_CW) && game.piece.rotation == 0 && game.piece.x == 6,
           "I at the right wall: x %d rotation %d", game.piece.x, game.piece.rotation);
    // On the floor: T lying flat cannot stand up in place; it goes up one.
    game_with(&game, TETRIS_T, 0, 3, 18);
    expect(tetris_act(&game, TETRIS_ROTATE_CW) && game.piece.rotation == 1 && game.piece.x == 3 && game.piece.y == 17,
           "T on the floor: x %d y %d rotation %d", game.piece.x, game.piece.y, game.piece.rotation);
    // Where no kick fits, no turn: J state 1 (cells in box columns 1-2)
    // in columns 0-1, with columns 2-3 filled beside it.
    game_with(&game, TETRIS_J, 1, -1, 10);
    for (int y = 9; y < 14; y++)
    {
        game.well[y][2] = game.well[y][3] = 1;
    }
    tetris_piece_t before = game.piece;
    expect(!tetris_act(&game, TETRIS_ROTATE_CW), "J turned where nothing fits");
    expect(memcmp(&game.piece, &before, sizeof(before)) == 0, "a refused turn moved the piece");
    report("tetris/wall-kicks");
}

static void test_collision(void)
{
    tetris_t game;
    game_with(&game, TETRIS_O, 0, 0, 5);
    expect(!tetris_act(&game, TETRIS_LEFT) && game.piece.x == 0, "O went through the left wall");
    game.piece.x = 8;
    expect(!tetris_act(&game, TETRIS_RIGHT) && game.piece.x == 8, "O went through the right wall");
    game.well[5][7] = 3;
    expect(!tetris_act(&game, TETRIS_LEFT) && game.piece.x == 8, "O went into a filled cell");
    game.well[5][7] = 0;
    expect(tetris_act(&game, TETRIS_LEFT) && game.piece.x == 7, "O did not move left into space");
    tetris_piece_t probe = {TETRIS_I, 0, 0, 19};
    expect(!tetris_fits(&game, &probe), "I below the floor fits");
    probe.y = 18;
    expect(tetris_fits(&game, &probe), "I on the floor does not fit");
    probe = (tetris_piece_t){TETRIS_I, 1, 0, -1};
    expect(!tetris_fits(&game, &probe), "I above the top fits");
    report("tetris/collision");
}

// Fill ROWS (a bit per row from the bottom: bit 0 is row 19) of the well,
// all but column HOLE.
static void fill_rows(tetris_t* game, unsigned rows, int hole)
{
    for (int i = 0; i < TETRIS_ROWS; i++)
    {
        for (int x = 0; x < TETRIS_COLS && (rows >> i & 1); x++)
        {
            game->well[TETRIS_ROWS - 1 - i][x] = x == hole ? 0 : 2;
        }
    }
}

static int filled_cells(const tetris_t* game)
{
    int count = 0;
    for (int y = 0; y < TETRIS_ROWS; y++)
    {
        for (int x = 0; x < TETRIS_COLS; x++)
        {
            count += game->well[y][x] != 0;
        }
    }
    return count;
}

static void test_line_clears(void)
{
    static const uint32_t points[] = {0, 100, 300, 500, 800};
    tetris_t game;
    for (unsigned lines = 1; lines <= 4; lines++)
    {
        // A standing I dropped into column 0 of LINES rows full but there.
        game_with(&game, TETRIS_I, 1, -2, 0);
        fill_rows(&game, (1u << lines) - 1, 0);
        game.well[19 - lines][5] = 7; // a marker above: comes down LINES rows
        tetris_act(&game, TETRIS_HARD_DROP);
        expect(game.last_clear == lines, "%u lines: cleared %u", lines, game.last_clear);
        expect(game.score == points[lines] && game.lines == lines, "%u lines: score %u lines %u", lines, game.score,
               game.lines);
        expect(game.well[19][5] == 7, "%u lines: the row above did not come down", lines);
        expect(filled_cells(&game) == 1 + 4 - (int)lines, "%u lines: %d cells left", lines, filled_cells(&game));
    }
    // Rows 17 and 19 full but column 0, row 18 with a second hole: the I
    // clears 17 and 19, and row 18 (with the I's cell) comes down to 19.
    game_with(&game, TETRIS_I, 1, -2, 0);
    fill_rows(&game, 0x7, 0);
    game.well[18][5] = 0;
    tetris_act(&game, TETRIS_HARD_DROP);
    expect(game.last_clear == 2 && game.score == 300, "split clear: %u lines, score %u", game.last_clear, game.score);
    expect(game.well[19][0] != 0 && game.well[19][5] == 0 && game.well[19][9] != 0 && game.well[18][0] != 0 &&
               game.well[18][9] == 0 && filled_cells(&game) == 10,
           "split clear: the rows left are wrong (%d cells)", filled_cells(&game));
    // The score counts the level the lines were cleared at.
    game_with(&game, TETRIS_I, 1, -2, 0);
    game.lines = 19;
    game.level = 2;
    fill_rows(&game, 0xF, 0);
    tetris_act(&game, TETRIS_HARD_DROP);
    expect(game.score == 1600 && game.lines == 23 && game.level == 3, "tetris at level 2: score %u lines %u level %u",
           game.score, game.lines, game.level);
    expect(tetris_line_score(0, 5) == 0 && tetris_line_score(5, 1) == 0 && tetris_line_score(3, 7) == 3500,
           "tetris_line_score");
    report("tetris/line-clears-and-score");
}

// Ticks until the piece falls a row from rest.
static uint32_t ticks_to_fall(tetris_t* game)
{
    int y = game->piece.y;
    uint32_t ticks = 0;
    while (game->piece.y == y && ticks < 1000)
    {
        tetris_step(game);
        ticks++;
    }
    return ticks;
}

static void test_levels_and_speed(void)
{
    expect(tetris_gravity(1) == 48 && tetris_gravity(0) == 48, "level 1 falls every %u ticks", tetris_gravity(1));
    for (uint32_t level = 1; level < 40; level++)
    {
        expect(tetris_gravity(level + 1) <= tetris_gravity(level), "level %u is slower than %u", level + 1, level);
        expect(tetris_gravity(level) >= 1, "level %u never falls", level);
    }
    expect(tetris_gravity(10) < tetris_gravity(1) / 4 && tetris_gravity(1000) == 2, "speeds: %u at 10, %u at 1000",
           tetris_gravity(10), tetris_gravity(1000));
    tetris_t game;
    game_with(&game, TETRIS_T, 0, 3, 0);
    expect(ticks_to_fall(&game) == 48, "level 1: fell after %u ticks", ticks_to_fall(&game));
    // Ten lines make level 2 and a faster fall.
    game_with(&game, TETRIS_I, 1, -2, 0);
    game.lines = 8;
    fill_rows(&game, 0x3, 0);
    tetris_act(&game, TETRIS_HARD_DROP);
    expect(game.level == 2 && game.lines == 10, "10 lines: level %u", game.level);
    game.piece.y = 2;
    expect(ticks_to_fall(&game) == tetris_gravity(2), "level 2: fell after %u ticks", ticks_to_fall(&game));
    report("tetris/levels-and-speed");
}

static void test_bag(void)
{
    for (uint64_t seed = 0; seed < 50; seed++)
    {
        tetris_bag_t bag;
        tetris_bag_init(&bag, seed * 7919);
        for (int round = 0; round < 40; round++)
        {
            unsigned seen = 0;
            for (int i = 0; i < TETRIS_KINDS; i++)
            {
                tetris_kind_t kind = tetris_bag_next(&bag);
                expect(kind < TETRIS_KINDS, "seed %llu: kind %d", (unsigned long long)seed, kind);
                seen |= 1u << kind;
            }
            expect(seen == 0x7F, "seed %llu bag %d holds %#x", (unsigned long long)seed, round, seen);
        }
    }
    // The game deals from it: the first seven pieces are all different.
    tetris_t game;
    tetris_init(&game, 42);
    unsigned seen = 0;
    for (int i = 0; i < TETRIS_KINDS; i++)
    {
        seen |= 1u << game.piece.kind;
        game.well[19][0] = 0; // keep the well from filling up
        tetris_act(&game, TETRIS_HARD_DROP);
        memset(game.well, 0, sizeof(game.well));
    }
    expect(seen == 0x7F, "the game's first seven pieces are %#x", seen);
    report("tetris/seven-bag");
}

static void test_hard_drop(void)
{
    tetris_t game;
    tetris_init(&game, 3);
    tetris_kind_t first = game.piece.kind, next = game.next;
    int ghost = tetris_ghost_y(&game);
    tetris_cell_t cells[4];
    tetris_piece_cells(first, 0, cells);
    expect(ghost + cells[3].y == 19, "the ghost's lowest cell is in row %d", ghost + cells[3].y);
    int x = game.piece.x;
    expect(tetris_act(&game, TETRIS_HARD_DROP), "hard drop did nothing");
    for (int i = 0; i < 4; i++)
    {
        expect(game.well[ghost + cells[i].y][x + cells[i].x] == first + 1, "cell %d not locked where the ghost was", i);
    }
    expect(filled_cells(&game) == 4, "%d cells after one drop", filled_cells(&game));
    expect(game.piece.kind == next && game.piece.y <= 0 && game.score == 0, "the next piece did not come");
    // Onto a stack: an O dropped on a filled cell in row 10 rests on it.
    game_with(&game, TETRIS_O, 0, 4, 0);
    game.well[10][5] = 1;
    expect(tetris_ghost_y(&game) == 8, "the ghost is at %d over a stack", tetris_ghost_y(&game));
    tetris_act(&game, TETRIS_HARD_DROP);
    expect(game.well[8][4] && game.well[8][5] && game.well[9][4] && game.well[9][5], "O did not rest on the stack");
    // A soft drop moves one row, then locks a piece that rests.
    game_with(&game, TETRIS_O, 0, 0, 17);
    tetris_act(&game, TETRIS_SOFT_DROP);
    expect(game.piece.y == 18 && filled_cells(&game) == 0, "soft drop: y %d", game.piece.y);
    tetris_act(&game, TETRIS_SOFT_DROP);
    expect(filled_cells(&game) == 4 && game.well[19][0] != 0, "soft drop on the floor did not lock");
    report("tetris/hard-and-soft-drop");
}

static void test_game_over(void)
{
    tetris_t game;
    game_with(&game, TETRIS_O, 0, 0, 18);
    // Every kind's spawn position covers column 4 in row 0 or 1.
    game.well[0][4] = game.well[1][4] = 1;
    tetris_act(&game, TETRIS_HARD_DROP);
    expect(game.over, "a piece spawned over filled cells");
    tetris_t frozen = game;
    expect(!tetris_act(&game, TETRIS_LEFT) && !tetris_act(&game, TETRIS_HARD_DROP) && !tetris_act(&game, TETRIS_PAUSE),
           "a finished game took an action");
    for (int i = 0; i < 200; i++)
    {
        expect(!tetris_step(&game), "a finished game moved");
    }
    expect(memcmp(&frozen, &game, sizeof(game)) == 0, "a finished game changed");
    expect(tetris_act(&game, TETRIS_RESTART) && !game.over && filled_cells(&game) == 0 && game.score == 0 &&
               game.level == 1,
           "restart did not give a new game");
    // Blocks elsewhere in the top rows do not end it.
    game_with(&game, TETRIS_O, 0, 0, 18);
    game.well[0][0] = game.well[1][9] = 1;
    tetris_act(&game, TETRIS_HARD_DROP);
    expect(!game.over, "the game ended with room to spawn");
    expect(!tetris_act(&game, TETRIS_RESTART), "restart during a game");
    report("tetris/game-over-and-restart");
}

static void test_pause(void)
{
    tetris_t game;
    game_with(&game, TETRIS_T, 0, 3, 0);
    expect(tetris_act(&game, TETRIS_PAUSE) && game.paused, "not paused");
    for (int i = 0; i < 200; i++)
    {
        tetris_step(&game);
    }
    expect(game.piece.y == 0 && !tetris_act(&game, TETRIS_LEFT), "the paused game moved");
    expect(tetris_act(&game, TETRIS_PAUSE) && !game.paused && tetris_act(&game, TETRIS_LEFT), "not resumed");
    report("tetris/pause");
}

// A game played by a fixed script of actions and ticks.
static void play(tetris_t* game, uint64_t seed)
{
    static const tetris_action_t script[] = {TETRIS_LEFT, TETRIS_ROTATE_CW, TETRIS_RIGHT, TETRIS_RIGHT,
                                             TETRIS_SOFT_DROP, TETRIS_ROTATE_CCW, TETRIS_HARD_DROP};
    tetris_init(game, seed);
    for (int i = 0; i < 3000 && !game->over; i++)
    {
        tetris_act(game, script[i % 7]);
        for (int t = 0; t < i % 5; t++)
        {
            tetris_step(game);
        }
    }
}

static void test_determinism(void)
{
    static tetris_t a, b, c;
    play(&a, 12345);
    play(&b, 12345);
    play(&c, 54321);
    expect(memcmp(&a, &b, sizeof(a)) == 0, "the same seed and play gave different games");
    expect(memcmp(&a, &c, sizeof(a)) != 0, "different seeds gave the same game");
    tetris_bag_t x, y;
    tetris_bag_init(&x, 1);
    tetris_bag_init(&y, 2);
    int same = 0;
    for (int i = 0; i < 70; i++)
    {
        same += tetris_bag_next(&x) == tetris_bag_next(&y);
    }
    expect(same < 70, "seeds 1 and 2 deal the same 70 pieces");
    report("tetris/deterministic-for-a-seed");
}

int main(void)
{
    test_shapes();
    test_turns_through_engine();
    test_wall_kicks();
    test_collision();
    test_line_clears();
    test_levels_and_speed();
    test_bag();
    test_hard_drop();
    test_game_over();
    test_pause();
    test_determinism();
    printf("1..%d\n", test_number);
    return failures;
}
