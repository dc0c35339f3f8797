// The rules of the game (tetris.h): moving, turning with wall kicks,
// gravity, locking, clearing lines, scoring and the end of a game.
#include "tetris.h"

#include <string.h>

// Ticks per row at levels 1, 2, ...; the last entry holds for every level
// past the table (about 33 rows a second at 60 ticks a second).
static const uint8_t gravity_table[] = {48, 43, 38, 33, 28, 23, 18, 13, 8, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2};

uint32_t tetris_gravity(uint32_t level)
{
    size_t count = sizeof(gravity_table) / sizeof(gravity_table[0]);
    size_t index = level == 0 ? 0 : level - 1;
    return gravity_table[index < count ? index : count - 1];
}

uint32_t tetris_line_score(uint32_t lines, uint32_t level)
{
    static const uint32_t base[] = {0, 100, 300, 500, 800};
    return lines <= 4 ? base[lines] * level : 0;
}

bool tetris_fits(const tetris_t* game, const tetris_piece_t* piece)
{
    tetris_cell_t cells[4];
    tetris_piece_cells(piece->kind, piece->rotation, cells);
    for (int i = 0; i < 4; i++)
    {
        int x = piece->x + cells[i].x, y = piece->y + cells[i].y;
        if (x < 0 || x >= TETRIS_COLS || y < 0 || y >= TETRIS_ROWS || game->well[y][x] != 0)
        {
            return false;
        }
    }
    return true;
}

int tetris_ghost_y(const tetris_t* game)
{
    tetris_piece_t ghost = game->piece;
    while (ghost.y++, tetris_fits(game, &ghost))
    {
    }
    return ghost.y - 1;
}

// Put KIND at the top, centred (the box's left half rounded left), its
// highest cell in row 0. Fails (the game is over) when that is taken.
static bool engine_spawn(tetris_t* game, tetris_kind_t kind)
{
    tetris_cell_t cells[4];
    tetris_piece_cells(kind, 0, cells);
    game->piece = (tetris_piece_t){kind, 0, (TETRIS_COLS - tetris_piece_box(kind)) / 2, -cells[0].y};
    game->ticks = 0;
    return tetris_fits(game, &game->piece);
}

static void engine_next_piece(tetris_t* game)
{
    tetris_kind_t kind = game->next;
    game->next = tetris_bag_next(&game->bag);
    game->over = !engine_spawn(game, kind);
}

// A new game dealing from BAG.
static void engine_start(tetris_t* game, const tetris_bag_t* bag)
{
    memset(game, 0, sizeof(*game));
    game->bag = *bag;
    game->level = 1;
    game->next = tetris_bag_next(&game->bag);
    engine_next_piece(game);
}

void tetris_init(tetris_t* game, uint64_t seed)
{
    tetris_bag_t bag;
    tetris_bag_init(&bag, seed);
    engine_start(game, &bag);
}

// Remove full rows, moving the ones above down; returns how many.
static uint32_t engine_clear_lines(tetris_t* game)
{
    uint32_t cleared = 0;
    for (int y = TETRIS_ROWS - 1; y >= 0; y--)
    {
        bool full = true;
        for (int x = 0; x < TETRIS_COLS && full; x++)
        {
            full = game->well[y][x] != 0;
        }
        if (!full)
        {
            continue;
        }
        cleared++;
        memmove(game->well[1], game->well[0], (size_t)y * TETRIS_COLS);
        memset(game->well[0], 0, TETRIS_COLS);
        y++; // the row that came down into y is looked at next
    }
    return cleared;
}

// Fix the piece in the well, score its lines, and bring the next one.
static void engine_lock(tetris_t* game)
{
    tetris_cell_t cells[4];
    tetris_piece_cells(game->piece.kind, game->piece.rotation, cells);
    for (int i = 0; i < 4; i++)
    {
        int x = game->piece.x + cells[i].x, y = game->piece.y + cells[i].y;
        // The piece always fits when played; a caller who placed it out
        // of the well by hand loses those cells rather than memory.
        if (x >= 0 && x < TETRIS_COLS && y >= 0 && y < TETRIS_ROWS)
        {
            game->well[y][x] = (uint8_t)(game->piece.kind + 1);
        }
    }
    uint32_t cleared = engine_clear_lines(game);
    game->last_clear = cleared;
    game->score += tetris_line_score(cleared, game->level);
    game->lines += cleared;
    game->level = 1 + game->lines / TETRIS_LINES_PER_LEVEL;
    engine_next_piece(game);
}

static bool engine_shift(tetris_t* game, int dx, int dy)
{
    tetris_piece_t moved = game->piece;
    moved.x += dx;
    moved.y += dy;
    if (!tetris_fits(game, &moved))
    {
        return false;
    }
    game->piece = moved;
    return true;
}

static bool engine_rotate(tetris_t* game, int turn)
{
    static const tetris_cell_t kicks[] = {{0, 0}, {-1, 0}, {1, 0}, {-2, 0}, {2, 0}, {0, -1}};
    tetris_piece_t turned = game->piece;
    turned.rotation = (turned.rotation + turn + 4) % 4;
    for (size_t i = 0; i < sizeof(kicks) / sizeof(kicks[0]); i++)
    {
        if ((kicks[i].x == 2 || kicks[i].x == -2) && turned.kind != TETRIS_I)
        {
            continue; // only the long I needs to be pushed two columns
        }
        tetris_piece_t kicked = turned;
        kicked.x += kicks[i].x;
        kicked.y += kicks[i].y;
        if (tetris_fits(game, &kicked))
        {
            game->piece = kicked;
            return true;
        }
    }
    return false;
}

bool tetris_act(tetris_t* game, tetris_action_t action)
{
    if (game->over)
    {
        if (action != TETRIS_RESTART)
        {
            return false;
        }
        // Go on with the same generator: the next game's pieces differ.
        tetris_bag_t bag = game->bag;
        engine_start(game, &bag);
        return true;
    }
    if (action == TETRIS_PAUSE)
    {
        game->paused = !game->paused;
        return true;
    }
    if (game->paused)
    {
        return false;
    }
    switch (action)
    {
    case TETRIS_LEFT:
        return engine_shift(game, -1, 0);
    case TETRIS_RIGHT:
        return engine_shift(game, 1, 0);
    case TETRIS_ROTATE_CW:
        return engine_rotate(game, 1);
    case TETRIS_ROTATE_CCW:
        return engine_rotate(game, -1);
    case TETRIS_SOFT_DROP:
        if (!engine_shift(game, 0, 1))
        {
            engine_lock(game);
        }
        game->ticks = 0;
        return true;
    case TETRIS_HARD_DROP:
        game->piece.y = tetris_ghost_y(game);
        engine_lock(game);
        return true;
    default:
        return false;
    }
}

bool tetris_step(tetris_t* game)
{
    if (game->over || game->paused)
    {
        return false;
    }
    if (++game->ticks < tetris_gravity(game->level))
    {
        return false;
    }
    game->ticks = 0;
    if (!engine_shift(game, 0, 1))
    {
        engine_lock(game);
    }
    return true;
}
