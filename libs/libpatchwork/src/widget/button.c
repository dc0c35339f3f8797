// Buttons (controls.h): a box with centred text; hover and press shown.
#include "internal.h"

#include <patchwork/controls.h>
#include <patchwork/draw.h>

#include <stdlib.h>
#include <string.h>

typedef struct
{
    char* text;
    bool accent;
} button_t;

static void button_draw(pw_widget_t* widget, surface_t* surface, const pw_theme_t* theme)
{
    button_t* button = widget->state;
    uint32_t face = widget->pressed && widget->hovered ? theme->control_pressed
                    : widget->hovered                  ? theme->control_hover
                                                       : theme->control;
    uint32_t text = theme->text;
    if (button->accent)
    {
        // The accent colour darkened a little when hovered or pressed.
        face = theme->accent;
        text = theme->accent_text;
    }
    draw_fill_rect(surface, widget->rect, face);
    if (button->accent && widget->hovered)
    {
        draw_fill_rect(surface, widget->rect, widget->pressed ? 0x40000000u : 0x20000000u);
    }
    pw_draw_text_in(surface, theme->font, widget->rect, button->text, PW_ALIGN_CENTER, text);
}

static bool button_key(pw_widget_t* widget, const pw_key_t* key)
{
    if (key->kind == PW_KEY_ENTER || (key->kind == PW_KEY_CHAR && key->ch == ' '))
    {
        if (widget->on_click != NULL)
        {
            widget->on_click(widget, widget->on_click_data);
        }
        return true;
    }
    return false;
}

static void button_destroy(pw_widget_t* widget)
{
    free(((button_t*)widget->state)->text);
}

static const pw_widget_class_t button_class = {
    .name = "button", .draw = button_draw, .key = button_key, .destroy = button_destroy};

pw_widget_t* pw_button_create(pw_widget_t* parent, const char* text, pw_widget_handler_t on_click, void* data)
{
    pw_widget_t* widget = pw_widget_create(NULL, &button_class, sizeof(button_t));
    char* copy = widget == NULL ? NULL : widget_copy(text);
    if (copy == NULL)
    {
        pw_widget_destroy(widget);
        return NULL;
    }
    ((button_t*)widget->state)->text = copy;
    widget->focusable = true;
    widget->on_click = on_click;
    widget->on_click_data = data;
    if (parent != NULL)
    {
        pw_widget_add(parent, widget);
    }
    return widget;
}

void pw_button_set_text(pw_widget_t* widget, const char* text)
{
    button_t* button = widget->state;
    char* copy = widget_copy(text);
    if (copy != NULL)
    {
        free(button->text);
        button->text = copy;
        pw_widget_invalidate(widget);
    }
}

void pw_button_set_accent(pw_widget_t* widget, bool accent)
{
    ((button_t*)widget->state)->accent = accent;
    pw_widget_invalidate(widget);
}
