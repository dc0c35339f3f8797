#include "fbcon.h"

#include <kernel/log/log.h>

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

void fbcon_write(fbcon_t* console, const char* text, size_t length)
{
    if (console->rows == 0 || console->columns == 0)
    {
        return;
    }
    for (size_t i = 0; i < length; i++)
    {
        char c = text[i];
        if (c == '\n')
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

static void console_sink(const char* text, size_t length)
{
    fbcon_write(&screen, text, length);
}

void console_init(const boot_framebuffer_t* framebuffer)
{
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
    log_add_sink(console_sink);
    log_info("console: %ux%u pixels, %ux%u characters", framebuffer->width, framebuffer->height, screen.columns,
        screen.rows);
}
