// Scroll views (controls.h): a clipping viewport, a content container
// moved up and down inside it, and a scrollbar drawn at the right.
#include <patchwork/controls.h>
#include <patchwork/draw.h>

typedef struct
{
    pw_widget_t* content;
    int32_t content_height;
    int32_t offset;       // content pixels above the view's top
    bool dragging;        // the thumb is held
    int32_t drag_start_y; // the pointer's y when the thumb was taken
    int32_t drag_start_offset;
} scroll_t;

static int32_t bar_width(const pw_widget_t* widget)
{
    return widget->ui != NULL ? widget->ui->theme->scrollbar_width : 10;
}

static int32_t max_offset(const pw_widget_t* widget)
{
    const scroll_t* scroll = widget->state;
    int32_t max = scroll->content_height - widget->rect.height;
    return max > 0 ? max : 0;
}

// The thumb: as tall as the view's share of the content, at least a bar's
// width, placed by the offset.
static rect_t thumb_rect(const pw_widget_t* widget)
{
    const scroll_t* scroll = widget->state;
    int32_t track = widget->rect.height, width = bar_width(widget);
    if (scroll->content_height <= track || track <= 0)
    {
        return (rect_t){0};
    }
    int32_t height = (int32_t)((int64_t)track * track / scroll->content_height);
    height = height < width ? width : height;
    int32_t y = (int32_t)((int64_t)(track - height) * scroll->offset / max_offset(widget));
    return (rect_t){widget->rect.x + widget->rect.width - width, widget->rect.y + y, width, height};
}

static void scroll_draw(pw_widget_t* widget, surface_t* surface, const pw_theme_t* theme)
{
    rect_t thumb = thumb_rect(widget);
    if (!rect_empty(thumb))
    {
        rect_t track = {thumb.x, widget->rect.y, thumb.width, widget->rect.height};
        draw_fill_rect(surface, track, theme->control);
        draw_fill_rect(surface, (rect_t){thumb.x + 2, thumb.y + 2, thumb.width - 4, thumb.height - 4}, theme->scrollbar);
    }
}

void pw_scroll_to(pw_widget_t* widget, int32_t offset)
{
    scroll_t* scroll = widget->state;
    int32_t max = max_offset(widget);
    offset = offset < 0 ? 0 : offset > max ? max : offset;
    if (offset != scroll->offset)
    {
        pw_widget_move_by(scroll->content, 0, scroll->offset - offset);
        scroll->offset = offset;
        pw_widget_invalidate(widget);
    }
}

static bool scroll_mouse(pw_widget_t* widget, const pw_mouse_t* mouse)
{
    scroll_t* scroll = widget->state;
    rect_t thumb = thumb_rect(widget);
    switch (mouse->kind)
    {
    case PW_MOUSE_WHEEL:
        pw_scroll_to(widget, scroll->offset + mouse->wheel * (widget->ui != NULL ? widget->ui->theme->scroll_step : 24));
        return true;
    case PW_MOUSE_PRESS:
        if (rect_contains(thumb, mouse->x, mouse->y))
        {
            scroll->dragging = true;
            scroll->drag_start_y = mouse->y;
            scroll->drag_start_offset = scroll->offset;
        }
        else if (!rect_empty(thumb) && mouse->x >= thumb.x)
        {
            // A press on the track moves a page towards it.
            int32_t page = widget->rect.height;
            pw_scroll_to(widget, scroll->offset + (mouse->y < thumb.y ? -page : page));
        }
        return true;
    case PW_MOUSE_MOVE:
        if (scroll->dragging && widget->rect.height > thumb.height)
        {
            int64_t moved = (int64_t)(mouse->y - scroll->drag_start_y) * max_offset(widget) /
                            (widget->rect.height - thumb.height);
            pw_scroll_to(widget, scroll->drag_start_offset + (int32_t)moved);
        }
        return true;
    case PW_MOUSE_RELEASE: scroll->dragging = false; return true;
    }
    return false;
}

static void scroll_resized(pw_widget_t* widget)
{
    scroll_t* scroll = widget->state;
    rect_t content = {widget->rect.x, widget->rect.y - scroll->offset, widget->rect.width - bar_width(widget),
                      scroll->content_height};
    pw_widget_set_rect(scroll->content, content);
    pw_scroll_to(widget, scroll->offset); // a taller view may leave less to scroll
}

static const pw_widget_class_t scroll_class = {
    .name = "scroll", .draw = scroll_draw, .mouse = scroll_mouse, .resized = scroll_resized};

pw_widget_t* pw_scroll_create(pw_widget_t* parent)
{
    pw_widget_t* widget = pw_widget_create(parent, &scroll_class, sizeof(scroll_t));
    scroll_t* scroll = widget != NULL ? widget->state : NULL;
    if (scroll != NULL)
    {
        scroll->content = pw_container_create(widget);
        if (scroll->content == NULL)
        {
            pw_widget_destroy(widget);
            return NULL;
        }
        widget->clips = true;
    }
    return widget;
}

pw_widget_t* pw_scroll_content(const pw_widget_t* widget)
{
    return ((const scroll_t*)widget->state)->content;
}

void pw_scroll_set_content_height(pw_widget_t* widget, int32_t height)
{
    scroll_t* scroll = widget->state;
    scroll->content_height = height;
    scroll_resized(widget);
    pw_widget_invalidate(widget);
}

int32_t pw_scroll_offset(const pw_widget_t* widget)
{
    return ((const scroll_t*)widget->state)->offset;
}
