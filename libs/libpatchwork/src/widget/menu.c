// Menus (controls.h): a list of items, one selected, chosen by a click or
// Enter.
#include "internal.h"

#include <patchwork/controls.h>
#include <patchwork/draw.h>

typedef struct
{
    char** items;
    size_t count;
    int selected; // -1: none
    pw_menu_handler_t on_choose;
    void* data;
} menu_t;

static int32_t item_height(const pw_widget_t* widget)
{
    return widget->ui != NULL ? widget->ui->theme->control_height : 32;
}

int32_t pw_menu_height(const pw_theme_t* theme, size_t count)
{
    return (int32_t)count * theme->control_height + 2 * theme->border_width;
}

static rect_t item_rect(const pw_widget_t* widget, const pw_theme_t* theme, size_t index)
{
    int32_t height = theme->control_height;
    return (rect_t){widget->rect.x + theme->border_width, widget->rect.y + theme->border_width + (int32_t)index * height,
                    widget->rect.width - 2 * theme->border_width, height};
}

static void menu_draw(pw_widget_t* widget, surface_t* surface, const pw_theme_t* theme)
{
    menu_t* menu = widget->state;
    draw_fill_rect(surface, widget->rect, theme->field);
    for (size_t i = 0; i < menu->count; i++)
    {
        rect_t rect = item_rect(widget, theme, i);
        bool selected = (int)i == menu->selected;
        if (selected)
        {
            draw_fill_rect(surface, rect, theme->accent);
        }
        rect_t text = {rect.x + theme->padding, rect.y, rect.width - 2 * theme->padding, rect.height};
        pw_draw_text_in(surface, theme->font, text, menu->items[i], PW_ALIGN_LEFT,
                        selected ? theme->accent_text : theme->text);
    }
    draw_rect_outline(surface, widget->rect, theme->border_width, theme->border);
}

static void menu_damage_item(pw_widget_t* widget, int index)
{
    if (index >= 0 && widget->ui != NULL)
    {
        rect_t rect = item_rect(widget, widget->ui->theme, (size_t)index);
        damage_add(&widget->ui->damage, rect_intersect(rect, pw_widget_visible_rect(widget)));
    }
}

void pw_menu_select(pw_widget_t* widget, int index)
{
    menu_t* menu = widget->state;
    index = index < -1 || index >= (int)menu->count ? -1 : index;
    if (index != menu->selected)
    {
        // Only the two items that change are drawn again.
        menu_damage_item(widget, menu->selected);
        menu->selected = index;
        menu_damage_item(widget, index);
    }
}

static void menu_choose(pw_widget_t* widget)
{
    menu_t* menu = widget->state;
    if (menu->selected >= 0 && menu->on_choose != NULL)
    {
        menu->on_choose(widget, menu->selected, menu->data);
    }
}

static int item_at(const pw_widget_t* widget, int32_t y)
{
    const menu_t* menu = widget->state;
    int32_t row = y - widget->rect.y - (widget->ui != NULL ? widget->ui->theme->border_width : 0);
    int index = row < 0 ? -1 : (int)(row / item_height(widget));
    return index >= (int)menu->count ? -1 : index;
}

static bool menu_mouse(pw_widget_t* widget, const pw_mouse_t* mouse)
{
    if (mouse->kind == PW_MOUSE_WHEEL)
    {
        return false;
    }
    bool inside = rect_contains(widget->rect, mouse->x, mouse->y);
    int index = inside ? item_at(widget, mouse->y) : -1;
    if (index >= 0 || mouse->kind != PW_MOUSE_RELEASE)
    {
        pw_menu_select(widget, index >= 0 ? index : ((menu_t*)widget->state)->selected);
    }
    if (mouse->kind == PW_MOUSE_RELEASE && index >= 0)
    {
        menu_choose(widget);
    }
    return true;
}

static bool menu_key(pw_widget_t* widget, const pw_key_t* key)
{
    menu_t* menu = widget->state;
    int last = (int)menu->count - 1;
    switch (key->kind)
    {
    case PW_KEY_UP: pw_menu_select(widget, menu->selected <= 0 ? last : menu->selected - 1); return true;
    case PW_KEY_DOWN: pw_menu_select(widget, menu->selected >= last ? 0 : menu->selected + 1); return true;
    case PW_KEY_HOME: pw_menu_select(widget, 0); return true;
    case PW_KEY_END: pw_menu_select(widget, last); return true;
    case PW_KEY_ENTER: menu_choose(widget); return true;
    default: return false;
    }
}

static void menu_destroy(pw_widget_t* widget)
{
    menu_t* menu = widget->state;
    for (size_t i = 0; menu->items != NULL && i < menu->count; i++)
    {
        free(menu->items[i]);
    }
    free(menu->items);
}

static const pw_widget_class_t menu_class = {
    .name = "menu", .draw = menu_draw, .mouse = menu_mouse, .key = menu_key, .destroy = menu_destroy};

pw_widget_t* pw_menu_create(pw_widget_t* parent, const char* const* items, size_t count, pw_menu_handler_t on_choose,
                            void* data)
{
    pw_widget_t* widget = pw_widget_create(NULL, &menu_class, sizeof(menu_t));
    if (widget == NULL)
    {
        return NULL;
    }
    menu_t* menu = widget->state;
    menu->items = calloc(count > 0 ? count : 1, sizeof(char*));
    bool copied = menu->items != NULL;
    for (size_t i = 0; copied && i < count; i++, menu->count++)
    {
        menu->items[i] = widget_copy(items[i]);
        copied = menu->items[i] != NULL;
    }
    if (!copied)
    {
        pw_widget_destroy(widget);
        return NULL;
    }
    menu->selected = -1;
    menu->on_choose = on_choose;
    menu->data = data;
    widget->focusable = true;
    if (parent != NULL)
    {
        pw_widget_add(parent, widget);
    }
    return widget;
}

int pw_menu_selected(const pw_widget_t* widget)
{
    return ((const menu_t*)widget->state)->selected;
}

size_t pw_menu_count(const pw_widget_t* widget)
{
    return ((const menu_t*)widget->state)->count;
}
