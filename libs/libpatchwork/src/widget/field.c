// Text fields (controls.h): one line of text, a caret, and editing keys.
// The text scrolls sideways so the caret stays in view.
#include <patchwork/controls.h>
#include <patchwork/draw.h>
#include <patchwork/proto.h>
#include <patchwork/text.h>

#include <string.h>

typedef struct
{
    char text[PW_FIELD_MAX + 1];
    size_t length;
    size_t caret;    // a byte index, 0..length
    int32_t scroll;  // pixels of text hidden on the left
    pw_widget_handler_t on_change, on_submit;
    void* change_data;
    void* submit_data;
} field_t;

static int32_t field_width_to(const pw_theme_t* theme, const field_t* field, size_t bytes)
{
    return (int32_t)text_width(theme->font, field->text, bytes);
}

static rect_t field_inner(const pw_widget_t* widget, const pw_theme_t* theme)
{
    return (rect_t){widget->rect.x + theme->padding, widget->rect.y, widget->rect.width - 2 * theme->padding,
                    widget->rect.height};
}

static void field_draw(pw_widget_t* widget, surface_t* surface, const pw_theme_t* theme)
{
    field_t* field = widget->state;
    draw_fill_rect(surface, widget->rect, theme->field);
    draw_rect_outline(surface, widget->rect, theme->border_width, theme->border);
    rect_t inner = field_inner(widget, theme);
    // Keep the caret inside the visible part.
    int32_t caret_x = field_width_to(theme, field, field->caret);
    if (caret_x - field->scroll > inner.width - 1)
    {
        field->scroll = caret_x - inner.width + 1;
    }
    if (caret_x < field->scroll)
    {
        field->scroll = caret_x;
    }
    if (!surface_push_clip(surface, inner))
    {
        return;
    }
    int32_t height = theme->font != NULL ? text_height(theme->font) : 0;
    int32_t y = inner.y + (inner.height - height) / 2;
    text_draw(surface, theme->font, inner.x - field->scroll, y, field->text, field->length, theme->text);
    if (pw_widget_has_focus(widget))
    {
        draw_vline(surface, inner.x - field->scroll + caret_x, y, height > 0 ? height : inner.height, theme->caret);
    }
    surface_pop_clip(surface);
}

static void field_changed(pw_widget_t* widget)
{
    field_t* field = widget->state;
    pw_widget_invalidate(widget);
    if (field->on_change != NULL)
    {
        field->on_change(widget, field->change_data);
    }
}

static bool field_key(pw_widget_t* widget, const pw_key_t* key)
{
    field_t* field = widget->state;
    switch (key->kind)
    {
    case PW_KEY_CHAR:
        if (field->length == PW_FIELD_MAX || (key->modifiers & (PROTO_MOD_CTRL | PROTO_MOD_ALT)))
        {
            return field->length == PW_FIELD_MAX; // a full field swallows characters
        }
        memmove(field->text + field->caret + 1, field->text + field->caret, field->length - field->caret + 1);
        field->text[field->caret++] = (char)key->ch;
        field->length++;
        field_changed(widget);
        return true;
    case PW_KEY_BACKSPACE:
    case PW_KEY_DELETE:
    {
        size_t at = key->kind == PW_KEY_BACKSPACE ? field->caret - (field->caret > 0) : field->caret;
        if (at < field->length && (key->kind == PW_KEY_DELETE || field->caret > 0))
        {
            memmove(field->text + at, field->text + at + 1, field->length - at);
            field->length--;
            field->caret = at;
            field_changed(widget);
        }
        return true;
    }
    case PW_KEY_LEFT: field->caret -= field->caret > 0; break;
    case PW_KEY_RIGHT: field->caret += field->caret < field->length; break;
    case PW_KEY_HOME: field->caret = 0; break;
    case PW_KEY_END: field->caret = field->length; break;
    case PW_KEY_ENTER:
        if (field->on_submit != NULL)
        {
            field->on_submit(widget, field->submit_data);
        }
        return true;
    default: return false;
    }
    pw_widget_invalidate(widget); // the caret moved
    return true;
}

static bool field_mouse(pw_widget_t* widget, const pw_mouse_t* mouse)
{
    field_t* field = widget->state;
    if (mouse->kind != PW_MOUSE_PRESS || widget->ui == NULL)
    {
        return false;
    }
    // The gap nearest the pointer.
    const pw_theme_t* theme = widget->ui->theme;
    int32_t x = mouse->x - field_inner(widget, theme).x + field->scroll;
    size_t best = 0;
    for (size_t i = 1; i <= field->length; i++)
    {
        int32_t here = field_width_to(theme, field, i), was = field_width_to(theme, field, best);
        best = (here - x < 0 ? x - here : here - x) < (was - x < 0 ? x - was : was - x) ? i : best;
    }
    field->caret = best;
    pw_widget_invalidate(widget);
    return true;
}

static const pw_widget_class_t field_class = {
    .name = "field", .draw = field_draw, .key = field_key, .mouse = field_mouse};

pw_widget_t* pw_field_create(pw_widget_t* parent, const char* text)
{
    pw_widget_t* widget = pw_widget_create(parent, &field_class, sizeof(field_t));
    if (widget != NULL)
    {
        widget->focusable = true;
        pw_field_set_text(widget, text);
    }
    return widget;
}

const char* pw_field_text(const pw_widget_t* widget)
{
    return ((const field_t*)widget->state)->text;
}

void pw_field_set_text(pw_widget_t* widget, const char* text)
{
    field_t* field = widget->state;
    text = text == NULL ? "" : text;
    size_t length = strlen(text);
    length = length > PW_FIELD_MAX ? PW_FIELD_MAX : length;
    memcpy(field->text, text, length);
    field->text[length] = '\0';
    field->length = length;
    field->caret = length;
    pw_widget_invalidate(widget);
}

size_t pw_field_caret(const pw_widget_t* widget)
{
    return ((const field_t*)widget->state)->caret;
}

void pw_field_on_change(pw_widget_t* widget, pw_widget_handler_t handler, void* data)
{
    field_t* field = widget->state;
    field->on_change = handler, field->change_data = data;
}

void pw_field_on_submit(pw_widget_t* widget, pw_widget_handler_t handler, void* data)
{
    field_t* field = widget->state;
    field->on_submit = handler, field->submit_data = data;
}
