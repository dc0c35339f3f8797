// A window's decorations: a one-pixel border, and a title bar with the
// title and the minimise and close boxes. The focused window's bar is
// blue, the others' grey. Without its font (a broken image) dwm draws the
// bars without titles rather than not at all.
#include "dwm.h"

#include <patchwork/draw.h>
#include <patchwork/load.h>
#include <patchwork/text.h>

#include <stdio.h>

#define TITLE_FONT PW_FONT_DIR "/sans-14.grf"
#define BORDER_COLOUR 0xFF101820u
#define FOCUSED_TOP 0xFF4A8AD8u
#define FOCUSED_BOTTOM 0xFF2F66B0u
#define UNFOCUSED_TOP 0xFF9AA0A8u
#define UNFOCUSED_BOTTOM 0xFF7A8088u
#define TITLE_TEXT 0xFFFFFFFFu
#define CLOSE_COLOUR 0xFFD04848u
#define MINIMISE_COLOUR 0xFFE0E4EAu
#define MARK_COLOUR 0xFF202020u

static grf_font_t font;
static bool have_font;

void decorate_init(void)
{
    have_font = pw_font_load(TITLE_FONT, &font) == 0;
}

// The close box's cross and the minimise box's bar.
static void paint_buttons(surface_t* screen, const window_t* window)
{
    rect_t close_box = window_close_box(window);
    draw_fill_rect(screen, close_box, CLOSE_COLOUR);
    int32_t x0 = close_box.x + 3, y0 = close_box.y + 3, x1 = close_box.x + BUTTON - 4, y1 = close_box.y + BUTTON - 4;
    draw_line_aa(screen, x0, y0, x1, y1, TITLE_TEXT);
    draw_line_aa(screen, x0, y1, x1, y0, TITLE_TEXT);
    rect_t minimise_box = window_minimise_box(window);
    draw_fill_rect(screen, minimise_box, MINIMISE_COLOUR);
    draw_fill_rect(screen, (rect_t){minimise_box.x + 3, minimise_box.y + BUTTON - 5, BUTTON - 6, 2}, MARK_COLOUR);
}

void decorate_paint(surface_t* screen, const window_t* window, bool focused)
{
    rect_t frame = window_frame(window);
    rect_t title = window_title_bar(window);
    draw_rect_outline(screen, frame, BORDER, BORDER_COLOUR);
    draw_gradient_v(screen, title, focused ? FOCUSED_TOP : UNFOCUSED_TOP, focused ? FOCUSED_BOTTOM : UNFOCUSED_BOTTOM);
    paint_buttons(screen, window);
    if (have_font)
    {
        // The title, cut before the buttons.
        rect_t room = {title.x + 8, title.y, window_minimise_box(window).x - BUTTON_GAP - title.x - 8, TITLE_HEIGHT};
        if (surface_push_clip(screen, room))
        {
            int32_t y = title.y + (TITLE_HEIGHT - text_height(&font)) / 2;
            text_draw(screen, &font, room.x, y, window->title, TEXT_NUL_TERMINATED, TITLE_TEXT);
            surface_pop_clip(screen);
        }
    }
}
