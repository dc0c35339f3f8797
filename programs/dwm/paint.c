// Fill and blit, clipped: dwm's only drawing code, kept here so that it
// can be replaced by libpatchwork's drawing (draw.h) in one place.
#include "dwm.h"

void paint_fill(canvas_t* canvas, rect_t rect, rect_t clip, uint32_t colour)
{
    rect_t area = rect_intersect(rect_intersect(rect, clip), (rect_t){0, 0, (int32_t)canvas->width,
                                                                       (int32_t)canvas->height});
    for (int32_t y = area.y; y < area.y + area.height; y++)
    {
        uint32_t* row = canvas->pixels + (size_t)y * canvas->stride;
        for (int32_t x = area.x; x < area.x + area.width; x++)
        {
            row[x] = colour;
        }
    }
}

void paint_frame(canvas_t* canvas, rect_t r, rect_t clip, uint32_t colour)
{
    paint_fill(canvas, (rect_t){r.x, r.y, r.width, 1}, clip, colour);
    paint_fill(canvas, (rect_t){r.x, r.y + r.height - 1, r.width, 1}, clip, colour);
    paint_fill(canvas, (rect_t){r.x, r.y, 1, r.height}, clip, colour);
    paint_fill(canvas, (rect_t){r.x + r.width - 1, r.y, 1, r.height}, clip, colour);
}

// Opaque copy: alpha is ignored (docs/desktop.md).
void paint_blit(canvas_t* canvas, int32_t x, int32_t y, const surface_t* from, rect_t clip)
{
    rect_t area = rect_intersect(rect_intersect((rect_t){x, y, (int32_t)from->width, (int32_t)from->height}, clip),
                                 (rect_t){0, 0, (int32_t)canvas->width, (int32_t)canvas->height});
    for (int32_t row = area.y; row < area.y + area.height; row++)
    {
        uint32_t* to = canvas->pixels + (size_t)row * canvas->stride + area.x;
        const uint32_t* source = from->pixels + (size_t)(row - y) * from->stride + (area.x - x);
        for (int32_t i = 0; i < area.width; i++)
        {
            to[i] = source[i] | 0xFF000000u;
        }
    }
}
