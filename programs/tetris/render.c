// Drawing the game (app.h): the well with its blocks and the ghost of the
// falling piece, the next piece, the numbers and the keys. The whole
// window is drawn each time (it is small) and damaged as one rectangle.
#include "app.h"
#include "layout.h"

#include <patchwork/draw.h>
#include <patchwork/text.h>

#include <stdio.h>

// COLOUR with each channel moved towards white (AMOUNT > 0) or black
// (AMOUNT < 0) by |AMOUNT| / 256: the bevel's light and shade.
static uint32_t render_shade(uint32_t colour, int amount)
{
    uint32_t result = 0xFF000000u;
    for (int shift = 0; shift < 24; shift += 8)
    {
        int channel = (int)((colour >> shift) & 0xFF);
        channel += amount > 0 ? (255 - channel) * amount / 256 : channel * amount / 256;
        result |= (uint32_t)channel << shift;
    }
    return result;
}

// A block at pixel (X, Y), SIDE pixels square: its colour with a light
// top-left and a shaded bottom-right edge, two pixels wide.
static void render_block(surface_t* surface, int32_t x, int32_t y, int32_t side, uint32_t colour)
{
    draw_fill_rect(surface, rect_make(x, y, side, side), render_shade(colour, -90));
    draw_fill_rect(surface, rect_make(x, y, side - 2, side - 2), render_shade(colour, 110));
    draw_fill_rect(surface, rect_make(x + 2, y + 2, side - 4, side - 4), colour);
}

static int32_t cell_x(int column)
{
    return LAYOUT_WELL_X + column * LAYOUT_CELL;
}

static int32_t cell_y(int row)
{
    return LAYOUT_WELL_Y + row * LAYOUT_CELL;
}

static void render_well(app_t* app)
{
    surface_t* s = &app->surface;
    const tetris_t* game = &app->game;
    draw_rect_outline(s, rect_make(LAYOUT_WELL_X - 2, LAYOUT_WELL_Y - 2, LAYOUT_WELL_WIDTH + 4, LAYOUT_WELL_HEIGHT + 4),
                      2, LAYOUT_BORDER);
    draw_fill_rect(s, rect_make(LAYOUT_WELL_X, LAYOUT_WELL_Y, LAYOUT_WELL_WIDTH, LAYOUT_WELL_HEIGHT), LAYOUT_WELL);
    for (int row = 0; row < TETRIS_ROWS; row++)
    {
        for (int column = 0; column < TETRIS_COLS; column++)
        {
            uint8_t cell = game->well[row][column];
            if (cell != 0)
            {
                render_block(s, cell_x(column), cell_y(row), LAYOUT_CELL, layout_piece_colours[cell - 1]);
            }
            else
            {
                draw_rect_outline(s, rect_make(cell_x(column), cell_y(row), LAYOUT_CELL, LAYOUT_CELL), 1, LAYOUT_GRID);
            }
        }
    }
    if (game->over)
    {
        return;
    }
    tetris_cell_t cells[4];
    tetris_piece_cells(game->piece.kind, game->piece.rotation, cells);
    uint32_t colour = layout_piece_colours[game->piece.kind];
    int ghost = tetris_ghost_y(game);
    for (int i = 0; i < 4; i++)
    {
        // The ghost first: where the piece overlaps it, the piece wins.
        int32_t x = cell_x(game->piece.x + cells[i].x), y = cell_y(ghost + cells[i].y);
        draw_rect_outline(s, rect_make(x + 1, y + 1, LAYOUT_CELL - 2, LAYOUT_CELL - 2), 2,
                          draw_scale(colour, 150));
    }
    for (int i = 0; i < 4; i++)
    {
        render_block(s, cell_x(game->piece.x + cells[i].x), cell_y(game->piece.y + cells[i].y), LAYOUT_CELL, colour);
    }
}

// TEXT centred across the well at row Y, over a dark band.
static void render_banner(app_t* app, int32_t y, const char* title, const char* hint)
{
    surface_t* s = &app->surface;
    int32_t height = text_height(&app->big) + text_height(&app->small) + 24;
    draw_fill_rect(s, rect_make(LAYOUT_WELL_X, y, LAYOUT_WELL_WIDTH, height), 0xD0000000u);
    int32_t width = (int32_t)text_width(&app->big, title, TEXT_NUL_TERMINATED);
    text_draw(s, &app->big, LAYOUT_WELL_X + (LAYOUT_WELL_WIDTH - width) / 2, y + 8, title, TEXT_NUL_TERMINATED,
              LAYOUT_TEXT);
    width = (int32_t)text_width(&app->small, hint, TEXT_NUL_TERMINATED);
    text_draw(s, &app->small, LAYOUT_WELL_X + (LAYOUT_WELL_WIDTH - width) / 2, y + 16 + text_height(&app->big),
              hint, TEXT_NUL_TERMINATED, LAYOUT_DIM_TEXT);
}

static void render_next(app_t* app, int32_t y)
{
    const int32_t cell = 20;
    tetris_kind_t kind = app->game.next;
    tetris_cell_t cells[4];
    tetris_piece_cells(kind, 0, cells);
    // Centre the cells' own bounds (not the rotation box) in the panel.
    int min_x = 4, max_x = 0, min_y = 4, max_y = 0;
    for (int i = 0; i < 4; i++)
    {
        min_x = cells[i].x < min_x ? cells[i].x : min_x;
        max_x = cells[i].x > max_x ? cells[i].x : max_x;
        min_y = cells[i].y < min_y ? cells[i].y : min_y;
        max_y = cells[i].y > max_y ? cells[i].y : max_y;
    }
    int32_t left = LAYOUT_SIDE_X + (LAYOUT_SIDE_WIDTH - (max_x - min_x + 1) * cell) / 2;
    int32_t top = y + (2 * cell - (max_y - min_y + 1) * cell) / 2;
    for (int i = 0; i < 4; i++)
    {
        render_block(&app->surface, left + (cells[i].x - min_x) * cell, top + (cells[i].y - min_y) * cell, cell,
                     layout_piece_colours[kind]);
    }
}

// A label and its number under it; returns the y below them.
static int32_t render_number(app_t* app, int32_t y, const char* label, uint32_t value)
{
    char text[16];
    snprintf(text, sizeof(text), "%u", value);
    text_draw(&app->surface, &app->small, LAYOUT_SIDE_X, y, label, TEXT_NUL_TERMINATED, LAYOUT_DIM_TEXT);
    y += text_height(&app->small) + 2;
    text_draw(&app->surface, &app->big, LAYOUT_SIDE_X, y, text, TEXT_NUL_TERMINATED, LAYOUT_TEXT);
    return y + text_height(&app->big) + 14;
}

static void render_side(app_t* app)
{
    static const char* const help[] = {"Left, Right: move", "Up, X: turn", "Z: turn back", "Down: soft drop",
                                       "Space: hard drop", "P: pause", "Esc: quit"};
    int32_t y = LAYOUT_WELL_Y;
    text_draw(&app->surface, &app->small, LAYOUT_SIDE_X, y, "Next", TEXT_NUL_TERMINATED, LAYOUT_DIM_TEXT);
    y += text_height(&app->small) + 8;
    render_next(app, y);
    y += 2 * 20 + 24;
    y = render_number(app, y, "Score", app->game.score);
    y = render_number(app, y, "Lines", app->game.lines);
    render_number(app, y, "Level", app->game.level);
    int32_t line = text_height(&app->small);
    y = LAYOUT_WELL_Y + LAYOUT_WELL_HEIGHT - line * (int32_t)(sizeof(help) / sizeof(help[0]));
    for (size_t i = 0; i < sizeof(help) / sizeof(help[0]); i++, y += line)
    {
        text_draw(&app->surface, &app->small, LAYOUT_SIDE_X, y, help[i], TEXT_NUL_TERMINATED, LAYOUT_DIM_TEXT);
    }
}

int app_render(app_t* app)
{
    draw_fill_rect(&app->surface, surface_bounds(&app->surface), LAYOUT_BACKGROUND);
    render_well(app);
    if (app->game.over)
    {
        render_banner(app, LAYOUT_WELL_Y + LAYOUT_WELL_HEIGHT / 2 - 40, "Game over", "R: new game, Esc: quit");
    }
    else if (app->game.paused)
    {
        render_banner(app, LAYOUT_WELL_Y + LAYOUT_WELL_HEIGHT / 2 - 40, "Paused", "P: go on");
    }
    render_side(app);
    proto_rect_t all = {0, 0, (uint32_t)app->surface.width, (uint32_t)app->surface.height};
    return pw_window_damage(app->window, &all, 1);
}
