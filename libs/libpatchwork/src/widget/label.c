// Labels (controls.h), and drawing text in a rectangle for all widgets.
#include "internal.h"

#include <patchwork/controls.h>
#include <patchwork/text.h>

#include <stdlib.h>
#include <string.h>

typedef struct
{
    char* text;
    pw_font_t font;
    pw_align_t align;
    bool dim;
} label_t;

const grf_font_t* pw_theme_font(const pw_theme_t* theme, pw_font_t font)
{
    const grf_font_t* chosen = font == PW_FONT_LARGE ? theme->font_large : font == PW_FONT_MONO ? theme->font_mono : NULL;
    return chosen != NULL ? chosen : theme->font;
}

void pw_draw_text_in(surface_t* surface, const grf_font_t* font, rect_t rect, const char* text, pw_align_t align,
                     uint32_t color)
{
    if (font == NULL || text == NULL)
    {
        return;
    }
    int64_t width = text_width(font, text, TEXT_NUL_TERMINATED);
    int64_t x = align == PW_ALIGN_LEFT ? rect.x : align == PW_ALIGN_RIGHT ? (int64_t)rect.x + rect.width - width
                                                                           : (int64_t)rect.x + (rect.width - width) / 2;
    int32_t y = rect.y + (rect.height - text_height(font)) / 2;
    if (surface_push_clip(surface, rect))
    {
        text_draw(surface, font, (int32_t)(x < INT32_MIN ? INT32_MIN : x), y, text, TEXT_NUL_TERMINATED, color);
        surface_pop_clip(surface);
    }
}

static void label_draw(pw_widget_t* widget, surface_t* surface, const pw_theme_t* theme)
{
    label_t* label = widget->state;
    rect_t inner = {widget->rect.x + theme->padding, widget->rect.y, widget->rect.width - 2 * theme->padding,
                    widget->rect.height};
    pw_draw_text_in(surface, pw_theme_font(theme, label->font), inner, label->text, label->align,
                    label->dim ? theme->text_dim : theme->text);
}

static void label_destroy(pw_widget_t* widget)
{
    free(((label_t*)widget->state)->text);
}

static const pw_widget_class_t label_class = {.name = "label", .draw = label_draw, .destroy = label_destroy};

pw_widget_t* pw_label_create(pw_widget_t* parent, const char* text)
{
    pw_widget_t* widget = pw_widget_create(NULL, &label_class, sizeof(label_t));
    char* copy = widget == NULL ? NULL : widget_copy(text);
    if (copy == NULL)
    {
        pw_widget_destroy(widget);
        return NULL;
    }
    ((label_t*)widget->state)->text = copy;
    if (parent != NULL)
    {
        pw_widget_add(parent, widget);
    }
    return widget;
}

void pw_label_set_text(pw_widget_t* widget, const char* text)
{
    label_t* label = widget->state;
    text = text == NULL ? "" : text;
    if (strcmp(label->text, text) == 0)
    {
        return;
    }
    char* copy = widget_copy(text);
    if (copy != NULL)
    {
        free(label->text);
        label->text = copy;
        pw_widget_invalidate(widget);
    }
}

const char* pw_label_text(const pw_widget_t* widget)
{
    return ((const label_t*)widget->state)->text;
}

void pw_label_set_style(pw_widget_t* widget, pw_font_t font, pw_align_t align, bool dim)
{
    label_t* label = widget->state;
    label->font = font, label->align = align, label->dim = dim;
    pw_widget_invalidate(widget);
}
