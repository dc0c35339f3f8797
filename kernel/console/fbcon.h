// A text console drawn on a linear framebuffer with a .grf font.
//
// The console state is a value, not a global, so tests can run one on a
// small framebuffer in memory.
#ifndef KERNEL_CONSOLE_FBCON_H
#define KERNEL_CONSOLE_FBCON_H 1

#include "grf.h"

#include <boot/boot_info.h>
#include <stddef.h>
#include <stdint.h>

typedef struct
{
    uint32_t* pixels;
    uint32_t width;
    uint32_t height;
    uint32_t stride; /**< pixels per line in memory */
    const grf_font_t* font;
    uint32_t columns; /**< characters per line */
    uint32_t rows;    /**< lines of text */
    uint32_t column;  /**< cursor */
    uint32_t row;
    uint32_t foreground; /**< pixel values in the framebuffer's format */
    uint32_t background;
    uint8_t escape;       /**< 0, 1 after ESC, 2 inside ESC [ ... */
    uint8_t param_count;  /**< parameters of the escape sequence so far */
    uint32_t params[2];
} fbcon_t;

/** Set up @p console on a framebuffer and clear it. */
void fbcon_init(fbcon_t* console, uint32_t* pixels, uint32_t width, uint32_t height, uint32_t stride,
    uint32_t format, const grf_font_t* font);

/**
 * Draw text; '\n' starts a new line, '\r' returns to column 0, '\b' moves
 * one column left, '\t' goes to the next multiple of 8. The ANSI sequences
 * a line editor or `clear` sends are understood: ESC [ n A/B/C/D (cursor
 * up, down, right, left), ESC [ row;col H, ESC [ K (erase to the end of the
 * line; 2K all of it) and ESC [ J (erase below; 2J the whole screen).
 * Other sequences (colours: ESC [ ... m) are skipped, not drawn.
 */
void fbcon_write(fbcon_t* console, const char* text, size_t length);

/** A pixel value for 0xRRGGBB in the framebuffer's format. */
uint32_t fbcon_color(uint32_t format, uint32_t rgb);

/** The screen console: the boot framebuffer with the built-in font, as a log sink. */
void console_init(const boot_framebuffer_t* framebuffer);

/**
 * Give the screen to @p owner, a program such as the window manager (its
 * sys:/consctl file), or back to the console (@p owner NULL). While it is
 * given away the console draws nothing and the PS/2 keyboard's keys do
 * not type at the console (its events still reach sys:/kbd/ps2; the
 * serial port types as always). Given back, the screen is cleared and the
 * log's recent lines are drawn again. sys:/consctl's "screenoff" and
 * "screenon" (console_file.c).
 */
void console_screen_set_owner(const void* owner);

/** Give the screen back if @p owner has it (its consctl file closes). */
void console_screen_release(const void* owner);

/** Whether the console has the screen and the keyboard. */
bool console_screen_shown(void);

#endif
