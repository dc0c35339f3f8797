// The ui's drawing (widget.h): only the damaged rectangles, each cleared
// to the background and then drawn over by every widget that overlaps it.
#include <patchwork/draw.h>
#include <patchwork/widget.h>

static void draw_tree(pw_widget_t* widget, surface_t* surface, const pw_theme_t* theme, rect_t area)
{
    if (widget->hidden || !rect_overlaps(widget->rect, area))
    {
        // Children of a widget that does not clip may lie outside it.
        if (widget->hidden || widget->clips)
        {
            return;
        }
    }
    else if (widget->class->draw != NULL)
    {
        surface_push_clip(surface, widget->rect);
        widget->class->draw(widget, surface, theme);
        surface_pop_clip(surface);
    }
    bool clipped = widget->clips && surface_push_clip(surface, widget->rect);
    rect_t inner = widget->clips ? rect_intersect(area, widget->rect) : area;
    for (pw_widget_t* child = widget->first_child; child != NULL; child = child->next)
    {
        draw_tree(child, surface, theme, inner);
    }
    if (clipped)
    {
        surface_pop_clip(surface);
    }
    if (widget->ui->focus == widget && widget->ui->window_focused && widget->focusable)
    {
        int32_t ring = theme->border_width > 0 ? theme->border_width * 2 : 2;
        draw_rect_outline(surface, widget->rect, ring, theme->focus);
    }
}

bool pw_ui_render(pw_ui_t* ui, damage_t* done)
{
    damage_clip(&ui->damage, ui->root->rect);
    if (damage_empty(&ui->damage))
    {
        if (done != NULL)
        {
            damage_clear(done);
        }
        return false;
    }
    for (uint32_t i = 0; i < damage_count(&ui->damage); i++)
    {
        rect_t area;
        damage_get(&ui->damage, i, &area);
        surface_reset_clip(ui->surface);
        surface_push_clip(ui->surface, area);
        draw_fill_rect(ui->surface, area, ui->theme->background);
        draw_tree(ui->root, ui->surface, ui->theme, area);
        surface_reset_clip(ui->surface);
    }
    if (done != NULL)
    {
        *done = ui->damage;
    }
    damage_clear(&ui->damage);
    return true;
}
