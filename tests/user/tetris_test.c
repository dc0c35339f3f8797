// Suite "tetris": the game in a dwm --test. Keys injected through dwm
// move and hard-drop pieces, and the well's cells on the composed screen
// change as they should: the bottom rows are empty at first, a piece
// pushed to the left wall and dropped fills cells at the bottom left (and
// nothing on the right), one pushed right fills the bottom right. A close
// request ends the program, and its memory comes back. (The memory is
// counted from after a first game: the kernel keeps what the first run
// of a program brings in, such as the files it opened, and that is not a
// leak; a second game must give back all it took.)
#include "dwm_harness.h"
#include "dwm_memory.h"
#include "tap.h"

#include "../../programs/tetris/layout.h"

#include <stdio.h>
#include <sys/proc.h>

#define NAME "tetris-test"
#define KEY_LEFT 0xE04Bu
#define KEY_RIGHT 0xE04Du
#define KEY_SPACE 0x39u

static pid_t dwm = -1, tetris = -1;
static pw_client_t* client;
static dwm_memory_t baseline;

// The screen pixel in the middle of the well's cell (COLUMN, ROW).
static uint32_t cell_pixel(int column, int row)
{
    return dwm_pixel(client, LAYOUT_WINDOW_X + LAYOUT_WELL_X + column * LAYOUT_CELL + LAYOUT_CELL / 2,
                         LAYOUT_WINDOW_Y + LAYOUT_WELL_Y + row * LAYOUT_CELL + LAYOUT_CELL / 2);
}

static bool is_piece_colour(uint32_t pixel)
{
    for (int i = 0; i < 7; i++)
    {
        if (pixel == layout_piece_colours[i])
        {
            return true;
        }
    }
    return false;
}

// How many cells of the bottom two rows in columns FIRST to LAST have a
// piece's colour; -1 if one is neither a piece's colour nor the well's.
static int bottom_filled(int first, int last)
{
    int filled = 0;
    for (int row = 18; row < 20; row++)
    {
        for (int column = first; column <= last; column++)
        {
            uint32_t pixel = cell_pixel(column, row);
            if (is_piece_colour(pixel))
            {
                filled++;
            }
            else if (pixel != LAYOUT_WELL)
            {
                return -1;
            }
        }
    }
    return filled;
}

// Wait (up to 10 s) until cell COLUMN of row 18 or 19 is filled.
static bool wait_filled(int column)
{
    for (int i = 0; i < 1000; i++)
    {
        if (is_piece_colour(cell_pixel(column, 18)) || is_piece_colour(cell_pixel(column, 19)))
        {
            return true;
        }
        sleep_ns(10000000);
    }
    return false;
}

// Start tetris and wait for its window.
static const char* start_tetris(void)
{
    const char* argv[] = {"home:/bin/tetris", "--dwm", NAME, "--seed", "1", NULL};
    const char* reason = dwm_spawn_app(argv, &tetris);
    if (reason != NULL)
    {
        return reason;
    }
    TAP_CHECK(dwm_wait_counts(client, 1, 2, 10000), "no tetris window came");
    // The window is counted once made, shown once attached (white), then
    // drawn: wait for the well (a click before the window shows misses it).
    for (int i = 0; i < 1000 && cell_pixel(0, 19) != LAYOUT_WELL; i++)
    {
        sleep_ns(10000000);
    }
    TAP_CHECK(cell_pixel(0, 19) == LAYOUT_WELL, "the well's corner is %#x", cell_pixel(0, 19));
    return NULL;
}

// Close tetris's window with the close box: it must exit with 0.
static const char* close_tetris(void)
{
    TAP_CHECK(tetris != -1, "tetris did not start");
    TAP_CHECK_OK(dwm_click(client, dwm_close_x(LAYOUT_WINDOW_X, LAYOUT_WIDTH), dwm_close_y(LAYOUT_WINDOW_Y)));
    int status = -1;
    const char* reason = dwm_wait_exit(client, tetris, 10000, &status);
    tetris = -1;
    if (reason != NULL)
    {
        return reason;
    }
    TAP_CHECK(status == 0, "tetris exited with %d", status);
    return NULL;
}

static const char* test_start(void)
{
    const char* reason = dwm_start(NAME, &dwm);
    if (reason != NULL)
    {
        return reason;
    }
    client = pw_connect(NAME);
    TAP_CHECK(client != NULL, "connect: %s", strerror(errno));
    TAP_CHECK(dwm_wait_counts(client, 0, 1, 1000), "dwm does not count our connection");
    if ((reason = start_tetris()) != NULL || (reason = close_tetris()) != NULL)
    {
        return tap_reason("the first game: %s", reason);
    }
    baseline = dwm_memory(dwm);
    if ((reason = start_tetris()) != NULL)
    {
        return reason;
    }
    return NULL;
}

static const char* test_well_starts_empty(void)
{
    // The first piece is at the top, in columns 3 to 6. Looked at first:
    // gravity moves it down a row within a second, sooner than the
    // bottom's twenty cells are probed under a slow machine.
    int top = 0;
    for (int row = 0; row < 2; row++)
    {
        for (int column = 3; column <= 6; column++)
        {
            top += is_piece_colour(cell_pixel(column, row));
        }
    }
    TAP_CHECK(top == 4, "%d of the first piece's cells are at the top", top);
    int filled = bottom_filled(0, 9);
    TAP_CHECK(filled == 0, "the bottom rows have %d filled cells (-1: a strange colour)", filled);
    return NULL;
}

static const char* test_drop_left(void)
{
    for (int i = 0; i < 5; i++)
    {
        TAP_CHECK_OK(dwm_key_tap(client, KEY_LEFT));
    }
    TAP_CHECK_OK(dwm_key_tap(client, KEY_SPACE));
    TAP_CHECK(wait_filled(0), "nothing landed in column 0");
    // No piece is wider than 4: the right of the bottom stays empty.
    int left = bottom_filled(0, 3), right = bottom_filled(4, 9);
    TAP_CHECK(left >= 2 && right == 0, "bottom left has %d filled cells, bottom right %d", left, right);
    return NULL;
}

static const char* test_drop_right(void)
{
    for (int i = 0; i < 5; i++)
    {
        TAP_CHECK_OK(dwm_key_tap(client, KEY_RIGHT));
    }
    TAP_CHECK_OK(dwm_key_tap(client, KEY_SPACE));
    TAP_CHECK(wait_filled(9), "nothing landed in column 9");
    int left = bottom_filled(0, 3), middle = bottom_filled(4, 5), right = bottom_filled(6, 9);
    TAP_CHECK(left >= 2 && middle == 0 && right >= 2, "bottom: %d left, %d middle, %d right", left, middle, right);
    return NULL;
}

static const char* test_close_ends_it(void)
{
    const char* reason = close_tetris();
    return reason != NULL ? reason : dwm_memory_back(dwm, baseline);
}

int main(void)
{
    tap_suite("tetris");
    tap_run("start", test_start);
    if (client != NULL)
    {
        tap_run("well-starts-empty", test_well_starts_empty);
        tap_run("hard-drop-left", test_drop_left);
        tap_run("hard-drop-right", test_drop_right);
        tap_run("close-ends-it", test_close_ends_it);
        pw_disconnect(client);
    }
    if (tetris != -1)
    {
        process_kill(tetris);
        process_wait(tetris, NULL);
    }
    if (dwm != -1)
    {
        process_kill(dwm);
        process_wait(dwm, NULL);
    }
    return tap_exit_status();
}
