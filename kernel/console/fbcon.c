#include "fbcon.h"

#include <kernel/log/log.h>
#include <kernel/sched/mutex.h>

#include <string.h>

uint32_t fbcon_color(uint32_t format, uint32_t rgb)
{
    if (format == BOOT_PIXEL_RGBX)
    {
        return ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
    }
    return rgb;
}

static void fbcon_fill_rows(fbcon_t* console, uint32_t first_row, uint32_t row_count)
{
    uint32_t top = first_row * console->font->height;
    uint32_t bottom = top + row_count * console->font->height;
    for (uint32_t y = top; y < bottom && y < console->height; y++)
    {
        uint32_t* line = console->pixels + (size_t)y * console->stride;
        for (uint32_t x = 0; x < console->width; x++)
        {
            line[x] = console->background;
        }
    }
}

void fbcon_init(fbcon_t* console, uint32_t* pixels, uint32_t width, uint32_t height, uint32_t stride,
    uint32_t format, const grf_font_t* font)
{
    console->pixels = pixels;
    console->width = width;
    console->height = height;
    console->stride = stride;
    console->font = font;
    console->columns = width / font->width;
    console->rows = height / font->height;
    console->column = 0;
    console->row = 0;
    console->escape = 0;
    console->foreground = fbcon_color(format, 0xD0D0D0);
    console->background = fbcon_color(format, 0x101018);
    // All of it, including the strip below the last whole text row.
    fbcon_fill_rows(console, 0, (height + font->height - 1) / font->height);
}

static void fbcon_draw(fbcon_t* console, char c)
{
    const grf_font_t* font = console->font;
    const uint8_t* glyph = grf_glyph(font, (unsigned char)c);
    uint32_t x0 = console->column * font->width;
    uint32_t y0 = console->row * font->height;
    for (uint32_t y = 0; y < font->height; y++)
    {
        uint32_t* line = console->pixels + (size_t)(y0 + y) * console->stride + x0;
        const uint8_t* bits = glyph + y * font->row_bytes;
        for (uint32_t x = 0; x < font->width; x++)
        {
            int set = bits[x / 8] & (0x80 >> (x % 8));
            line[x] = set ? console->foreground : console->background;
        }
    }
}

// Moving the whole screen up is the slow part (megabytes under emulation),
// so the console moves half a screen at a time rather than one line.
static void fbcon_scroll(fbcon_t* console)
{
    uint32_t keep = console->rows / 2;
    uint32_t drop = console->rows - keep;
    size_t line_pixels = (size_t)console->stride * console->font->height;
    memmove(console->pixels, console->pixels + drop * line_pixels, keep * line_pixels * sizeof(uint32_t));
    fbcon_fill_rows(console, keep, drop);
    console->row = keep;
}

static void fbcon_newline(fbcon_t* console)
{
    console->column = 0;
    if (++console->row >= console->rows)
    {
        fbcon_scroll(console);
    }
}

// Blank the cells of @p row from column @p from up to (not including) @p to.
static void fbcon_clear_cells(fbcon_t* console, uint32_t row, uint32_t from, uint32_t to)
{
    uint32_t column = console->column;
    uint32_t cursor_row = console->row;
    console->row = row;
    for (console->column = from; console->column < to && console->column < console->columns; console->column++)
    {
        fbcon_draw(console, ' ');
    }
    console->column = column;
    console->row = cursor_row;
}

static uint32_t fbcon_clamp(uint32_t value, uint32_t limit)
{
    return value < limit ? value : limit - 1;
}

// The final byte of ESC [ params: act on it.
static void fbcon_escape_do(fbcon_t* console, char final)
{
    uint32_t first = console->param_count > 0 ? console->params[0] : 0;
    uint32_t count = first == 0 ? 1 : first;
    switch (final)
    {
    case 'A':
        console->row = console->row > count ? console->row - count : 0;
        break;
    case 'B':
        console->row = fbcon_clamp(console->row + count, console->rows);
        break;
    case 'C':
        console->column = fbcon_clamp(console->column + count, console->columns);
        break;
    case 'D':
        console->column = console->column > count ? console->column - count : 0;
        break;
    case 'H':
        console->row = fbcon_clamp(count - 1, console->rows);
        console->column = fbcon_clamp((console->param_count > 1 && console->params[1] > 0 ? console->params[1] : 1) - 1,
            console->columns);
        break;
    case 'K':
        fbcon_clear_cells(console, console->row, first == 2 ? 0 : console->column, console->columns);
        break;
    case 'J':
        if (first == 2)
        {
            fbcon_fill_rows(console, 0, console->rows);
            break;
        }
        fbcon_clear_cells(console, console->row, console->column, console->columns);
        fbcon_fill_rows(console, console->row + 1, console->rows - console->row - 1);
        break;
    default:
        break; // colours and the rest: not drawn
    }
}

// One byte of an escape sequence; false when @p c is not part of one.
static bool fbcon_escape_feed(fbcon_t* console, char c)
{
    if (console->escape == 0)
    {
        if (c != 0x1B)
        {
            return false;
        }
        console->escape = 1;
        return true;
    }
    if (console->escape == 1)
    {
        console->escape = c == '[' ? 2 : 0;
        console->param_count = 0;
        console->params[0] = console->params[1] = 0;
        return true;
    }
    if (c >= '0' && c <= '9')
    {
        if (console->param_count == 0)
        {
            console->param_count = 1;
        }
        uint32_t* param = &console->params[console->param_count - 1];
        *param = *param < 10000 ? *param * 10 + (uint32_t)(c - '0') : *param;
    }
    else if (c == ';')
    {
        console->param_count = 2; // the first, if left out, stays 0
    }
    else if (c >= 0x40 && c <= 0x7E)
    {
        console->escape = 0;
        fbcon_escape_do(console, c);
    }
    return true;
}

void fbcon_write(fbcon_t* console, const char* text, size_t length)
{
    if (console->rows == 0 || console->columns == 0)
    {
        return;
    }
    for (size_t i = 0; i < length; i++)
    {
        char c = text[i];
        if (fbcon_escape_feed(console, c))
        {
            continue;
        }
        if (c == '\b')
        {
            console->column -= console->column > 0 ? 1 : 0;
        }
        else if (c == '\n')
        {
            fbcon_newline(console);
        }
        else if (c == '\r')
        {
            console->column = 0;
        }
        else if (c == '\t')
        {
            console->column = (console->column + 8) & ~7u;
            if (console->column >= console->columns)
            {
                fbcon_newline(console);
            }
        }
        else
        {
            if (console->column >= console->columns)
            {
                fbcon_newline(console);
            }
            fbcon_draw(console, c);
            console->column++;
        }
    }
}

extern const uint8_t console_font_data[];
extern const uint64_t console_font_size;

static grf_font_t screen_font;
static fbcon_t screen;
static uint32_t screen_format;
static bool screen_ready; // a framebuffer and a font: the console draws
static volatile bool screen_shown = true;
static const void* screen_owner;      // who has the screen; NULL: the console
static mutex_t screen_switch; // guards the two above; the log replay may take a while

static void console_sink(const char* text, size_t length)
{
    fbcon_write(&screen, text, length);
}

void console_init(const boot_framebuffer_t* framebuffer)
{
    mutex_init(&screen_switch);
    if (framebuffer->base == NULL)
    {
        log_info("console: no framebuffer; logging to serial only");
        return;
    }
    if (!grf_parse(console_font_data, console_font_size, &screen_font))
    {
        log_error("console: the built-in font is malformed; logging to serial only");
        return;
    }
    fbcon_init(&screen, framebuffer->base, framebuffer->width, framebuffer->height, framebuffer->stride,
        framebuffer->format, &screen_font);
    screen_format = framebuffer->format;
    screen_ready = true;
    log_add_sink(console_sink);
    log_info("console: %ux%u pixels, %ux%u characters", framebuffer->width, framebuffer->height, screen.columns,
        screen.rows);
}

// With the switch mutex held.
static void console_screen_switch(const void* owner)
{
    bool shown = owner == NULL;
    if (shown != screen_shown && screen_ready)
    {
        if (shown)
        {
            // Nothing draws now (the sink is out): clear, then the log's
            // history comes back through log_add_sink.
            fbcon_init(&screen, screen.pixels, screen.width, screen.height, screen.stride, screen_format,
                &screen_font);
            log_add_sink(console_sink);
        }
        else
        {
            log_remove_sink(console_sink); // under the log's lock: no line is half drawn after this
        }
    }
    screen_owner = owner;
    screen_shown = shown;
}

void console_screen_set_owner(const void* owner)
{
    mutex_lock(&screen_switch);
    console_screen_switch(owner);
    mutex_unlock(&screen_switch);
}

void console_screen_release(const void* owner)
{
    mutex_lock(&screen_switch);
    if (owner != NULL && screen_owner == owner)
    {
        console_screen_switch(NULL);
    }
    mutex_unlock(&screen_switch);
}

bool console_screen_shown(void)
{
    return screen_shown;
}
