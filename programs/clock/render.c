// Drawing the clock (app.h): a dial with ticks, three antialiased hands,
// and the time and date in digits below. Each update draws everything,
// but clipped to the rectangles that changed, and damages only those.
#include "app.h"
#include "face.h"
#include "layout.h"

#include <patchwork/draw.h>
#include <patchwork/text.h>

#include <math.h>
#include <stdlib.h>

// A filled disc, row by row (its edge is not antialiased).
static void render_disc(surface_t* s, int32_t cx, int32_t cy, int32_t radius, uint32_t colour)
{
    for (int32_t dy = -radius; dy <= radius; dy++)
    {
        int32_t half = (int32_t)lround(sqrt((double)radius * radius - (double)dy * dy));
        draw_hline(s, cx - half, cy + dy, 2 * half + 1, colour);
    }
}

// A line WIDTH pixels thick: antialiased one-pixel lines side by side,
// shifted across the line's direction.
static void render_thick_line(surface_t* s, int32_t x0, int32_t y0, int32_t x1, int32_t y1, int width,
                              uint32_t colour)
{
    double dx = x1 - x0, dy = y1 - y0, length = sqrt(dx * dx + dy * dy);
    double nx = length > 0 ? -dy / length : 0, ny = length > 0 ? dx / length : 0;
    for (int i = 0; i < width; i++)
    {
        double offset = i - (width - 1) / 2.0;
        int32_t ox = (int32_t)lround(nx * offset), oy = (int32_t)lround(ny * offset);
        draw_line_aa(s, x0 + ox, y0 + oy, x1 + ox, y1 + oy, colour);
    }
}

typedef struct
{
    double length, tail;
    int width;
    uint32_t colour;
} hand_t;

static const hand_t hour_hand = {LAYOUT_HOUR_HAND, 0, 4, LAYOUT_HAND};
static const hand_t minute_hand = {LAYOUT_MINUTE_HAND, 0, 3, LAYOUT_HAND};
static const hand_t second_hand = {LAYOUT_SECOND_HAND, LAYOUT_SECOND_TAIL, 1, LAYOUT_SECOND};

static void render_hand(surface_t* s, const hand_t* hand, double degrees)
{
    int32_t x0, y0, x1, y1;
    face_point(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, hand->tail, degrees + 180, &x0, &y0);
    face_point(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, hand->length, degrees, &x1, &y1);
    render_thick_line(s, x0, y0, x1, y1, hand->width, hand->colour);
}

// The pixels a hand at DEGREES may touch: the box of its two ends,
// widened by its thickness and the antialiasing's extra pixel.
static rect_t hand_bounds(const hand_t* hand, double degrees)
{
    int32_t x0, y0, x1, y1;
    face_point(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, hand->tail, degrees + 180, &x0, &y0);
    face_point(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, hand->length, degrees, &x1, &y1);
    int32_t pad = hand->width / 2 + 3;
    int32_t left = x0 < x1 ? x0 : x1, top = y0 < y1 ? y0 : y1;
    return rect_make(left - pad, top - pad, abs(x1 - x0) + 2 * pad + 1, abs(y1 - y0) + 2 * pad + 1);
}

static void render_centred(app_t* app, const grf_font_t* font, int32_t y, const char* text, uint32_t colour)
{
    int32_t width = (int32_t)text_width(font, text, TEXT_NUL_TERMINATED);
    text_draw(&app->surface, font, (LAYOUT_WIDTH - width) / 2, y, text, TEXT_NUL_TERMINATED, colour);
}

// Everything, as far as the surface's clip lets it.
static void render_all(app_t* app, const struct tm* tm)
{
    surface_t* s = &app->surface;
    draw_fill_rect(s, surface_bounds(s), LAYOUT_BACKGROUND);
    render_disc(s, LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, LAYOUT_RADIUS + 4, LAYOUT_RIM);
    render_disc(s, LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, LAYOUT_RADIUS, LAYOUT_DIAL);
    for (int i = 0; i < 60; i++)
    {
        int32_t x0, y0, x1, y1;
        bool hour = i % 5 == 0;
        face_point(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, LAYOUT_RADIUS - (hour ? 16 : 8), i * 6.0, &x0, &y0);
        face_point(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, LAYOUT_RADIUS - 4, i * 6.0, &x1, &y1);
        render_thick_line(s, x0, y0, x1, y1, hour ? 3 : 1, LAYOUT_TICK);
    }
    face_angles_t angles = face_angles(tm->tm_hour, tm->tm_min, tm->tm_sec);
    render_hand(s, &hour_hand, angles.hour);
    render_hand(s, &minute_hand, angles.minute);
    render_hand(s, &second_hand, angles.second);
    render_disc(s, LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y, 4, LAYOUT_SECOND);
    char text[64];
    strftime(text, sizeof(text), "%H:%M:%S", tm);
    render_centred(app, &app->big, LAYOUT_TIME_Y, text, LAYOUT_TEXT);
    // There are no time zones: local time is UTC, and says so.
    strftime(text, sizeof(text), "%a %e %b %Y, UTC", tm);
    render_centred(app, &app->small, LAYOUT_DATE_Y, text, LAYOUT_DIM_TEXT);
}

int app_render(app_t* app, const struct tm* tm, bool first)
{
    rect_t changed[8];
    size_t count = 0;
    if (first)
    {
        changed[count++] = surface_bounds(&app->surface);
    }
    else
    {
        face_angles_t old = face_angles(app->shown.tm_hour, app->shown.tm_min, app->shown.tm_sec);
        face_angles_t now = face_angles(tm->tm_hour, tm->tm_min, tm->tm_sec);
        const hand_t* hands[] = {&hour_hand, &minute_hand, &second_hand};
        double before[] = {old.hour, old.minute, old.second}, after[] = {now.hour, now.minute, now.second};
        for (size_t i = 0; i < 3; i++)
        {
            if (before[i] != after[i])
            {
                // Where it was (to wipe) and where it is (to draw).
                changed[count++] = hand_bounds(hands[i], before[i]);
                changed[count++] = hand_bounds(hands[i], after[i]);
            }
        }
        if (count > 0)
        {
            changed[count++] = rect_make(0, LAYOUT_TIME_Y, LAYOUT_WIDTH, text_height(&app->big));
        }
        if (tm->tm_yday != app->shown.tm_yday || tm->tm_year != app->shown.tm_year)
        {
            changed[count++] = rect_make(0, LAYOUT_DATE_Y, LAYOUT_WIDTH, text_height(&app->small));
        }
    }
    app->shown = *tm;
    proto_rect_t damage[8];
    for (size_t i = 0; i < count; i++)
    {
        surface_push_clip(&app->surface, changed[i]);
        render_all(app, tm);
        surface_pop_clip(&app->surface);
        rect_t r = rect_intersect(changed[i], surface_bounds(&app->surface));
        damage[i] = (proto_rect_t){r.x, r.y, (uint32_t)r.width, (uint32_t)r.height};
    }
    return count == 0 ? 0 : pw_window_damage(app->window, damage, count);
}
