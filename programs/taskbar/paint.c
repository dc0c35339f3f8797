// Drawing the bar and the menu into their windows, then telling dwm.
#include "taskbar.h"

#include <patchwork/draw.h>
#include <patchwork/text.h>

#include <string.h>

#define BAR_TOP 0xFF2A3440u
#define BAR_BOTTOM 0xFF1C242Cu
#define START_COLOUR 0xFF3A78C8u
#define BUTTON_COLOUR 0xFF3C4856u
#define BUTTON_FOCUSED 0xFF5A6C80u
#define BUTTON_MINIMISED 0xFF2E3844u
#define TEXT_COLOUR 0xFFFFFFFFu
#define DIM_TEXT 0xFFA0A8B0u
#define MENU_COLOUR 0xFF2A3440u
#define MENU_HOVER 0xFF3A78C8u

// @p text in @p rect, cut to it: centred, or from the left after a margin.
static void label(taskbar_t* bar, surface_t* surface, rect_t rect, const char* text, uint32_t colour, bool centre)
{
    if (!bar->have_font || !surface_push_clip(surface, rect))
    {
        return;
    }
    int32_t width = (int32_t)text_width(&bar->font, text, TEXT_NUL_TERMINATED);
    int32_t x = centre && width < rect.width ? rect.x + (rect.width - width) / 2 : rect.x + 8;
    int32_t y = rect.y + (rect.height - text_height(&bar->font)) / 2;
    text_draw(surface, &bar->font, x, y, text, TEXT_NUL_TERMINATED, colour);
    surface_pop_clip(surface);
}

void paint_bar(taskbar_t* bar)
{
    surface_t surface;
    pw_window_surface(bar->bar, &surface);
    draw_gradient_v(&surface, surface_bounds(&surface), BAR_TOP, BAR_BOTTOM);
    draw_fill_rect(&surface, start_rect(), START_COLOUR);
    label(bar, &surface, start_rect(), "Start", TEXT_COLOUR, true);
    for (int i = 0; i < bar->button_count; i++)
    {
        const button_t* button = &bar->buttons[i];
        rect_t rect = button_rect(i);
        bool minimised = button->state & PROTO_STATE_MINIMISED;
        uint32_t colour = minimised                                  ? BUTTON_MINIMISED
                          : (button->state & PROTO_STATE_FOCUSED) ? BUTTON_FOCUSED
                                                                  : BUTTON_COLOUR;
        draw_fill_rect(&surface, rect, colour);
        label(bar, &surface, rect, button->title[0] != '\0' ? button->title : "(untitled)",
              minimised ? DIM_TEXT : TEXT_COLOUR, false);
    }
    label(bar, &surface, clock_rect((uint32_t)surface.width), bar->clock, TEXT_COLOUR, true);
    proto_rect_t all = {0, 0, (uint32_t)surface.width, (uint32_t)surface.height};
    pw_window_damage(bar->bar, &all, 1);
}

void paint_menu(taskbar_t* bar)
{
    surface_t surface;
    pw_window_surface(bar->menu, &surface);
    draw_fill_rect(&surface, surface_bounds(&surface), MENU_COLOUR);
    draw_rect_outline(&surface, surface_bounds(&surface), 1, START_COLOUR);
    for (int i = 0; i < bar->entry_count; i++)
    {
        rect_t item = rect_make(BAR_PAD, BAR_PAD + i * MENU_ITEM_HEIGHT, MENU_WIDTH - 2 * BAR_PAD, MENU_ITEM_HEIGHT);
        if (i == bar->hovered)
        {
            draw_fill_rect(&surface, item, MENU_HOVER);
        }
        label(bar, &surface, item, bar->entries[i].label, TEXT_COLOUR, false);
    }
    proto_rect_t all = {0, 0, (uint32_t)surface.width, (uint32_t)surface.height};
    pw_window_damage(bar->menu, &all, 1);
}
