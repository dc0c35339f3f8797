// The ui (widget.h): the root, mouse routing, keyboard focus.
#include <patchwork/proto.h>
#include <patchwork/widget.h>

bool pw_ui_init(pw_ui_t* ui, surface_t* surface, const pw_theme_t* theme)
{
    *ui = (pw_ui_t){.surface = surface, .theme = theme, .window_focused = true};
    ui->root = pw_container_create(NULL);
    if (ui->root == NULL)
    {
        return false;
    }
    ui->root->ui = ui;
    ui->root->rect = surface_bounds(surface);
    pw_ui_invalidate_all(ui);
    return true;
}

void pw_ui_destroy(pw_ui_t* ui)
{
    if (ui->root != NULL)
    {
        ui->root->ui = NULL; // nothing to damage any more
        for (pw_widget_t* child = ui->root->first_child; child != NULL; child = child->next)
        {
            child->ui = NULL;
        }
        pw_widget_destroy(ui->root);
    }
    *ui = (pw_ui_t){0};
}

void pw_ui_set_surface(pw_ui_t* ui, surface_t* surface)
{
    ui->surface = surface;
    pw_widget_set_rect(ui->root, surface_bounds(surface));
    pw_ui_invalidate_all(ui);
}

void pw_ui_on_key(pw_ui_t* ui, bool (*filter)(pw_ui_t* ui, const pw_key_t* key, void* data), void* data)
{
    ui->key_filter = filter;
    ui->key_filter_data = data;
}

void pw_ui_invalidate_all(pw_ui_t* ui)
{
    damage_add(&ui->damage, ui->root->rect);
}

static pw_widget_t* widget_at(pw_widget_t* widget, int32_t x, int32_t y)
{
    if (widget->hidden || (widget->clips && !rect_contains(widget->rect, x, y)))
    {
        return NULL;
    }
    // The last child is drawn last, on top: it is hit first.
    pw_widget_t* hit = NULL;
    for (pw_widget_t* child = widget->first_child; child != NULL; child = child->next)
    {
        pw_widget_t* found = widget_at(child, x, y);
        hit = found != NULL ? found : hit;
    }
    return hit != NULL ? hit : rect_contains(widget->rect, x, y) ? widget : NULL;
}

pw_widget_t* pw_ui_widget_at(pw_ui_t* ui, int32_t x, int32_t y)
{
    return widget_at(ui->root, x, y);
}

static void hover_set(pw_ui_t* ui, pw_widget_t* widget)
{
    if (ui->hover == widget)
    {
        return;
    }
    if (ui->hover != NULL)
    {
        ui->hover->hovered = false;
        pw_widget_invalidate(ui->hover);
    }
    ui->hover = widget;
    if (widget != NULL)
    {
        widget->hovered = true;
        pw_widget_invalidate(widget);
    }
}

static bool deliver(pw_widget_t* widget, const pw_mouse_t* mouse)
{
    return widget != NULL && widget->class->mouse != NULL && widget->class->mouse(widget, mouse);
}

void pw_ui_mouse(pw_ui_t* ui, int32_t x, int32_t y, uint32_t buttons, int32_t wheel)
{
    uint32_t pressed = buttons & ~ui->buttons, released = ui->buttons & ~buttons;
    ui->buttons = buttons;
    pw_widget_t* under = pw_ui_widget_at(ui, x, y);
    under = under == ui->root ? NULL : under;
    // While a press is held, hover stays with the pressed widget and is
    // on only while the pointer is over it (a button shows it will click).
    hover_set(ui, ui->pressed == NULL ? under : under == ui->pressed ? under : NULL);
    pw_mouse_t event = {PW_MOUSE_MOVE, x, y, buttons, 0};
    if (pressed != 0 && ui->pressed == NULL && under != NULL)
    {
        ui->pressed = under;
        under->pressed = true;
        pw_widget_invalidate(under);
        for (pw_widget_t* at = under; at != NULL; at = at->parent)
        {
            if (at->focusable && !at->hidden)
            {
                pw_ui_focus(ui, at);
                break;
            }
        }
        event.kind = PW_MOUSE_PRESS;
        deliver(under, &event);
    }
    else if (released != 0 && buttons == 0 && ui->pressed != NULL)
    {
        pw_widget_t* target = ui->pressed;
        target->pressed = false;
        ui->pressed = NULL;
        pw_widget_invalidate(target);
        event.kind = PW_MOUSE_RELEASE;
        deliver(target, &event);
        hover_set(ui, under);
        if (under == target && target->on_click != NULL)
        {
            target->on_click(target, target->on_click_data);
        }
    }
    else if (pressed == 0 && released == 0)
    {
        deliver(ui->pressed != NULL ? ui->pressed : under, &event);
    }
    if (wheel != 0)
    {
        event.kind = PW_MOUSE_WHEEL;
        event.wheel = wheel;
        for (pw_widget_t* at = under; at != NULL && !deliver(at, &event); at = at->parent)
        {
        }
    }
}

void pw_ui_mouse_leave(pw_ui_t* ui)
{
    if (ui->pressed == NULL)
    {
        hover_set(ui, NULL);
    }
}

void pw_ui_window_focus(pw_ui_t* ui, bool focused)
{
    ui->window_focused = focused;
    if (ui->focus != NULL)
    {
        pw_widget_invalidate(ui->focus); // its ring
    }
}

void pw_ui_focus(pw_ui_t* ui, pw_widget_t* widget)
{
    if (ui->focus == widget)
    {
        return;
    }
    if (ui->focus != NULL)
    {
        pw_widget_invalidate(ui->focus);
    }
    ui->focus = widget;
    if (widget != NULL)
    {
        pw_widget_invalidate(widget);
    }
}

// The focusable widgets in tree order, into LIST (up to MAX); their count.
static size_t focusables(pw_widget_t* widget, pw_widget_t** list, size_t count, size_t max)
{
    if (widget->hidden)
    {
        return count;
    }
    if (widget->focusable && count < max)
    {
        list[count++] = widget;
    }
    for (pw_widget_t* child = widget->first_child; child != NULL; child = child->next)
    {
        count = focusables(child, list, count, max);
    }
    return count;
}

void pw_ui_focus_next(pw_ui_t* ui, bool backwards)
{
    pw_widget_t* list[256];
    size_t count = focusables(ui->root, list, 0, sizeof(list) / sizeof(list[0]));
    if (count == 0)
    {
        return;
    }
    size_t at = count; // the focused one's place, or none
    for (size_t i = 0; i < count; i++)
    {
        at = list[i] == ui->focus ? i : at;
    }
    size_t next = at == count ? (backwards ? count - 1 : 0) : backwards ? (at + count - 1) % count : (at + 1) % count;
    pw_ui_focus(ui, list[next]);
}

void pw_ui_key(pw_ui_t* ui, uint32_t type, uint32_t code, uint32_t modifiers)
{
    if (type != PROTO_KEY_PRESS)
    {
        return;
    }
    pw_key_t key = pw_key_decode(code, modifiers);
    if (key.kind == PW_KEY_NONE)
    {
        return;
    }
    if (ui->key_filter != NULL && ui->key_filter(ui, &key, ui->key_filter_data))
    {
        return;
    }
    if (ui->focus != NULL && ui->focus->class->key != NULL && ui->focus->class->key(ui->focus, &key))
    {
        return;
    }
    if (key.kind == PW_KEY_TAB)
    {
        pw_ui_focus_next(ui, (key.modifiers & PROTO_MOD_SHIFT) != 0);
    }
}
