// Widgets (widget.h): making, linking, moving and freeing them.
#include <patchwork/widget.h>

#include <stdlib.h>

const pw_widget_class_t pw_container_class = {.name = "container"};

static void ui_set(pw_widget_t* widget, pw_ui_t* ui)
{
    widget->ui = ui;
    for (pw_widget_t* child = widget->first_child; child != NULL; child = child->next)
    {
        ui_set(child, ui);
    }
}

pw_widget_t* pw_widget_create(pw_widget_t* parent, const pw_widget_class_t* class, size_t state_size)
{
    pw_widget_t* widget = calloc(1, sizeof(*widget));
    void* state = state_size > 0 ? calloc(1, state_size) : NULL;
    if (widget == NULL || (state_size > 0 && state == NULL))
    {
        free(widget);
        free(state);
        return NULL;
    }
    widget->class = class;
    widget->state = state;
    if (parent != NULL)
    {
        pw_widget_add(parent, widget);
    }
    return widget;
}

pw_widget_t* pw_container_create(pw_widget_t* parent)
{
    return pw_widget_create(parent, &pw_container_class, 0);
}

void pw_widget_add(pw_widget_t* parent, pw_widget_t* child)
{
    child->parent = parent;
    child->next = NULL;
    if (parent->last_child == NULL)
    {
        parent->first_child = child;
    }
    else
    {
        parent->last_child->next = child;
    }
    parent->last_child = child;
    ui_set(child, parent->ui);
    pw_widget_invalidate(child);
}

static bool is_inside(const pw_widget_t* widget, const pw_widget_t* ancestor)
{
    for (; widget != NULL; widget = widget->parent)
    {
        if (widget == ancestor)
        {
            return true;
        }
    }
    return false;
}

static void unlink_child(pw_widget_t* widget)
{
    pw_widget_t* parent = widget->parent;
    pw_widget_t* before = NULL;
    for (pw_widget_t* at = parent->first_child; at != widget; at = at->next)
    {
        before = at;
    }
    if (before == NULL)
    {
        parent->first_child = widget->next;
    }
    else
    {
        before->next = widget->next;
    }
    if (parent->last_child == widget)
    {
        parent->last_child = before;
    }
    widget->parent = NULL;
    widget->next = NULL;
}

static void free_tree(pw_widget_t* widget)
{
    pw_widget_t* child = widget->first_child;
    while (child != NULL)
    {
        pw_widget_t* next = child->next;
        free_tree(child);
        child = next;
    }
    if (widget->class->destroy != NULL)
    {
        widget->class->destroy(widget);
    }
    free(widget->state);
    free(widget);
}

void pw_widget_destroy(pw_widget_t* widget)
{
    if (widget == NULL)
    {
        return;
    }
    pw_ui_t* ui = widget->ui;
    if (ui != NULL)
    {
        pw_widget_invalidate(widget);
        // The ui must not point into what goes away.
        ui->hover = is_inside(ui->hover, widget) ? NULL : ui->hover;
        ui->pressed = is_inside(ui->pressed, widget) ? NULL : ui->pressed;
        ui->focus = is_inside(ui->focus, widget) ? NULL : ui->focus;
    }
    if (widget->parent != NULL)
    {
        unlink_child(widget);
    }
    free_tree(widget);
}

void pw_widget_set_rect(pw_widget_t* widget, rect_t rect)
{
    pw_widget_invalidate(widget);
    int32_t dx = rect.x - widget->rect.x, dy = rect.y - widget->rect.y;
    bool resized = rect.width != widget->rect.width || rect.height != widget->rect.height;
    // Children keep their place relative to the widget.
    for (pw_widget_t* child = widget->first_child; child != NULL; child = child->next)
    {
        pw_widget_move_by(child, dx, dy);
    }
    widget->rect = rect;
    pw_widget_invalidate(widget);
    if (resized && widget->class->resized != NULL)
    {
        widget->class->resized(widget);
    }
}

void pw_widget_move_by(pw_widget_t* widget, int32_t dx, int32_t dy)
{
    pw_widget_invalidate(widget);
    widget->rect.x += dx;
    widget->rect.y += dy;
    for (pw_widget_t* child = widget->first_child; child != NULL; child = child->next)
    {
        pw_widget_move_by(child, dx, dy);
    }
    pw_widget_invalidate(widget);
}

void pw_widget_set_hidden(pw_widget_t* widget, bool hidden)
{
    if (widget->hidden == hidden)
    {
        return;
    }
    pw_widget_invalidate(widget); // while still visible
    widget->hidden = hidden;
    pw_widget_invalidate(widget);
    if (hidden && widget->ui != NULL && is_inside(widget->ui->focus, widget))
    {
        pw_ui_focus(widget->ui, NULL);
    }
}

rect_t pw_widget_visible_rect(const pw_widget_t* widget)
{
    rect_t rect = widget->rect;
    for (const pw_widget_t* at = widget; at != NULL; at = at->parent)
    {
        if (at->hidden)
        {
            return (rect_t){0};
        }
        if (at != widget && at->clips)
        {
            rect = rect_intersect(rect, at->rect);
        }
    }
    return rect;
}

void pw_widget_invalidate(pw_widget_t* widget)
{
    if (widget->ui != NULL)
    {
        damage_add(&widget->ui->damage, rect_intersect(pw_widget_visible_rect(widget), widget->ui->root->rect));
    }
}

bool pw_widget_has_focus(const pw_widget_t* widget)
{
    return widget->ui != NULL && widget->ui->focus == widget && widget->ui->window_focused;
}
