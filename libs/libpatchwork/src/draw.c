// Drawing into surfaces (include/patchwork/draw.h). Every shape becomes
// one or more boxes with 64-bit edges, cut to the surface's clip before a
// pixel is touched.
#include "draw_internal.h"

#include <patchwork/draw.h>

#include <string.h>

uint32_t draw_rgba(uint8_t r, uint8_t g, uint8_t b, uint8_t a)
{
    return scale_pixel(0xFF000000u | ((uint32_t)r << 16) | ((uint32_t)g << 8) | b, a);
}

uint32_t draw_rgb(uint8_t r, uint8_t g, uint8_t b)
{
    return 0xFF000000u | ((uint32_t)r << 16) | ((uint32_t)g << 8) | b;
}

uint32_t draw_blend(uint32_t destination, uint32_t source)
{
    return blend_pixel(destination, source);
}

uint32_t draw_scale(uint32_t color, uint8_t coverage)
{
    return scale_pixel(color, coverage);
}

// Store or blend COLOR (premultiplied) over BOX cut to the clip.
static void fill_box(surface_t* surface, box_t box, uint32_t color, bool copy)
{
    box = box_intersect(box, draw_clip_box(surface));
    if (box_empty(box))
    {
        return;
    }
    uint32_t alpha = color >> 24;
    if (!copy && alpha == 0)
    {
        return;
    }
    size_t width = (size_t)(box.right - box.left);
    for (int64_t y = box.top; y < box.bottom; y++)
    {
        uint32_t* p = surface->pixels + (size_t)y * (size_t)surface->stride + (size_t)box.left;
        if (copy || alpha == 255)
        {
            for (size_t i = 0; i < width; i++)
            {
                p[i] = color;
            }
        }
        else
        {
            for (size_t i = 0; i < width; i++)
            {
                p[i] = blend_pixel(p[i], color);
            }
        }
    }
}

static box_t box_make(int64_t left, int64_t top, int64_t right, int64_t bottom)
{
    box_t b = {left, top, right, bottom};
    return b;
}

void draw_fill_rect(surface_t* surface, rect_t rect, uint32_t color)
{
    fill_box(surface, box_of(rect), premultiplied(color), false);
}

void draw_fill_rect_copy(surface_t* surface, rect_t rect, uint32_t color)
{
    fill_box(surface, box_of(rect), premultiplied(color), true);
}

void draw_clear(surface_t* surface, uint32_t color)
{
    fill_box(surface, draw_clip_box(surface), premultiplied(color), false);
}

void draw_rect_outline(surface_t* surface, rect_t rect, int32_t thickness, uint32_t color)
{
    box_t b = box_of(rect);
    if (thickness <= 0 || box_empty(b))
    {
        return;
    }
    color = premultiplied(color);
    int64_t t = thickness;
    if (2 * t >= b.right - b.left || 2 * t >= b.bottom - b.top)
    {
        fill_box(surface, b, color, false);
        return;
    }
    fill_box(surface, box_make(b.left, b.top, b.right, b.top + t), color, false);
    fill_box(surface, box_make(b.left, b.bottom - t, b.right, b.bottom), color, false);
    fill_box(surface, box_make(b.left, b.top + t, b.left + t, b.bottom - t), color, false);
    fill_box(surface, box_make(b.right - t, b.top + t, b.right, b.bottom - t), color, false);
}

void draw_hline(surface_t* surface, int32_t x, int32_t y, int32_t length, uint32_t color)
{
    if (length > 0)
    {
        fill_box(surface, box_make(x, y, (int64_t)x + length, (int64_t)y + 1), premultiplied(color), false);
    }
}

void draw_vline(surface_t* surface, int32_t x, int32_t y, int32_t length, uint32_t color)
{
    if (length > 0)
    {
        fill_box(surface, box_make(x, y, (int64_t)x + 1, (int64_t)y + length), premultiplied(color), false);
    }
}

static void plot(surface_t* surface, box_t clip, int64_t x, int64_t y, uint32_t color)
{
    if (x >= clip.left && x < clip.right && y >= clip.top && y < clip.bottom)
    {
        uint32_t* p = surface->pixels + (size_t)y * (size_t)surface->stride + (size_t)x;
        *p = blend_pixel(*p, color);
    }
}

// The steps of a line from M0 (major axis) to M0 + S * LENGTH that fall in
// [LOW, HIGH): FIRST..LAST, false when none.
static bool step_range(int64_t m0, int64_t s, uint64_t length, int64_t low, int64_t high, uint64_t* first,
                       uint64_t* last)
{
    int64_t a, b; // steps with the coordinate at low and at high - 1
    if (s > 0)
    {
        a = low - m0;
        b = high - 1 - m0;
    }
    else
    {
        a = m0 - (high - 1);
        b = m0 - low;
    }
    if (a < 0)
    {
        a = 0;
    }
    if (b < 0 || (uint64_t)a > length || a > b)
    {
        return false;
    }
    *first = (uint64_t)a;
    *last = (uint64_t)b < length ? (uint64_t)b : length;
    return true;
}

// A line of one pixel per step along its major axis; ANTIALIASED splits
// each step's coverage between the two pixels nearest the exact line.
static void line(surface_t* surface, int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t color,
                 bool antialiased)
{
    box_t clip = draw_clip_box(surface);
    color = premultiplied(color);
    if (box_empty(clip) || (color >> 24) == 0)
    {
        return;
    }
    int64_t dx = (int64_t)x1 - x0, dy = (int64_t)y1 - y0;
    uint64_t adx = (uint64_t)(dx < 0 ? -dx : dx), ady = (uint64_t)(dy < 0 ? -dy : dy);
    bool x_major = adx >= ady;
    // Major and minor axes: start, direction, length; the clip along each.
    int64_t m0 = x_major ? x0 : y0, n0 = x_major ? y0 : x0;
    int64_t sm = (x_major ? dx : dy) < 0 ? -1 : 1, sn = (x_major ? dy : dx) < 0 ? -1 : 1;
    uint64_t major = x_major ? adx : ady, minor = x_major ? ady : adx;
    int64_t mlow = x_major ? clip.left : clip.top, mhigh = x_major ? clip.right : clip.bottom;
    int64_t nlow = x_major ? clip.top : clip.left, nhigh = x_major ? clip.bottom : clip.right;
    if (major == 0)
    {
        plot(surface, clip, x0, y0, color);
        return;
    }
    uint64_t first, last;
    if (!step_range(m0, sm, major, mlow, mhigh, &first, &last))
    {
        return;
    }
    // Step i's exact minor offset is i * minor / major = q + r / major;
    // i * minor stays below 2^64 as both are below 2^32.
    uint64_t q = first * minor / major, r = first * minor % major;
    for (uint64_t i = first; i <= last; i++)
    {
        int64_t m = m0 + sm * (int64_t)i;
        if (antialiased)
        {
            uint32_t far = (uint32_t)((r * 255 + major / 2) / major);
            int64_t n = n0 + sn * (int64_t)q;
            if (far < 255)
            {
                uint32_t c = scale_pixel(color, 255 - far);
                plot(surface, clip, x_major ? m : n, x_major ? n : m, c);
            }
            if (far > 0)
            {
                uint32_t c = scale_pixel(color, far);
                plot(surface, clip, x_major ? m : n + sn, x_major ? n + sn : m, c);
            }
        }
        else
        {
            int64_t n = n0 + sn * (int64_t)(q + (2 * r >= major ? 1 : 0));
            plot(surface, clip, x_major ? m : n, x_major ? n : m, color);
        }
        // Past the clip along the minor axis, in the direction of travel:
        // no later step comes back.
        int64_t n_now = n0 + sn * (int64_t)q;
        if ((sn > 0 && n_now >= nhigh) || (sn < 0 && n_now < nlow - 1))
        {
            break;
        }
        r += minor;
        if (r >= major)
        {
            r -= major;
            q++;
        }
    }
}

void draw_line(surface_t* surface, int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t color)
{
    line(surface, x0, y0, x1, y1, color, false);
}

void draw_line_aa(surface_t* surface, int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t color)
{
    line(surface, x0, y0, x1, y1, color, true);
}

// The colour at position T of 0..N between A and B, per channel rounded;
// exactly A at 0 and B at N. Between two premultiplied colours the result
// is premultiplied (the same weights apply to alpha and colour).
static uint32_t mix(uint32_t a, uint32_t b, uint64_t t, uint64_t n)
{
    if (n == 0)
    {
        return a;
    }
    uint32_t result = 0;
    for (int shift = 0; shift < 32; shift += 8)
    {
        uint64_t ca = (a >> shift) & 0xFF, cb = (b >> shift) & 0xFF;
        uint64_t c = (ca * (n - t) + cb * t + n / 2) / n;
        result |= (uint32_t)c << shift;
    }
    return result;
}

void draw_gradient_v(surface_t* surface, rect_t rect, uint32_t top, uint32_t bottom)
{
    box_t whole = box_of(rect);
    box_t box = box_intersect(whole, draw_clip_box(surface));
    if (box_empty(box))
    {
        return;
    }
    top = premultiplied(top);
    bottom = premultiplied(bottom);
    uint64_t n = (uint64_t)(whole.bottom - whole.top - 1);
    for (int64_t y = box.top; y < box.bottom; y++)
    {
        uint32_t color = mix(top, bottom, (uint64_t)(y - whole.top), n);
        fill_box(surface, box_make(box.left, y, box.right, y + 1), color, false);
    }
}

void draw_gradient_h(surface_t* surface, rect_t rect, uint32_t left, uint32_t right)
{
    box_t whole = box_of(rect);
    box_t box = box_intersect(whole, draw_clip_box(surface));
    if (box_empty(box))
    {
        return;
    }
    left = premultiplied(left);
    right = premultiplied(right);
    uint64_t n = (uint64_t)(whole.right - whole.left - 1);
    // The columns' colours, a chunk at a time, applied to every row.
    enum { CHUNK = 256 };
    uint32_t colors[CHUNK];
    for (int64_t x = box.left; x < box.right; x += CHUNK)
    {
        size_t count = (size_t)(box.right - x < CHUNK ? box.right - x : CHUNK);
        for (size_t i = 0; i < count; i++)
        {
            colors[i] = mix(left, right, (uint64_t)(x + (int64_t)i - whole.left), n);
        }
        for (int64_t y = box.top; y < box.bottom; y++)
        {
            uint32_t* p = surface->pixels + (size_t)y * (size_t)surface->stride + (size_t)x;
            for (size_t i = 0; i < count; i++)
            {
                p[i] = blend_pixel(p[i], colors[i]);
            }
        }
    }
}

// The blend of one pixel of an image or surface: most are opaque or
// transparent (a window, an icon's surroundings), which need no arithmetic.
static inline uint32_t blend_source(uint32_t destination, uint32_t source)
{
    uint32_t alpha = source >> 24;
    return alpha == 255 ? source : alpha == 0 ? destination : blend_pixel(destination, source);
}

// Where a blit lands: the source box SOURCE (already inside the source's
// bounds) moved so that ORIGIN (the asked source rectangle's corner) goes to
// (X, Y), cut to the clip; SOURCE is cut along. False when nothing is left.
static bool blit_boxes(const surface_t* surface, int32_t x, int32_t y, rect_t origin, box_t* source, box_t* dest)
{
    int64_t ox = (int64_t)x - origin.x, oy = (int64_t)y - origin.y;
    box_t d = box_make(source->left + ox, source->top + oy, source->right + ox, source->bottom + oy);
    d = box_intersect(d, draw_clip_box(surface));
    if (box_empty(d))
    {
        return false;
    }
    *dest = d;
    *source = box_make(d.left - ox, d.top - oy, d.right - ox, d.bottom - oy);
    return true;
}

void draw_blit(surface_t* surface, int32_t x, int32_t y, const surface_t* source, rect_t source_rect,
               draw_mode_t mode)
{
    if (source == NULL || source->pixels == NULL || source->width < 1 || source->height < 1 ||
        source->stride < source->width)
    {
        return;
    }
    box_t bounds = {0, 0, source->width, source->height};
    box_t s = box_intersect(box_of(source_rect), bounds);
    box_t d;
    if (box_empty(s) || !blit_boxes(surface, x, y, source_rect, &s, &d))
    {
        return;
    }
    size_t width = (size_t)(d.right - d.left);
    int64_t rows = d.bottom - d.top;
    // Overlapping memory: go backwards when the destination comes later,
    // so no source pixel is overwritten before it is read.
    const uint32_t* first_source = source->pixels + (size_t)s.top * (size_t)source->stride + (size_t)s.left;
    uint32_t* first_dest = surface->pixels + (size_t)d.top * (size_t)surface->stride + (size_t)d.left;
    bool backwards = (uintptr_t)first_dest > (uintptr_t)first_source;
    for (int64_t k = 0; k < rows; k++)
    {
        int64_t row = backwards ? rows - 1 - k : k;
        const uint32_t* from = first_source + (size_t)row * (size_t)source->stride;
        uint32_t* to = first_dest + (size_t)row * (size_t)surface->stride;
        if (mode == DRAW_COPY)
        {
            memmove(to, from, width * sizeof(uint32_t));
        }
        else if (backwards)
        {
            for (size_t i = width; i-- > 0;)
            {
                to[i] = blend_source(to[i], from[i]);
            }
        }
        else
        {
            for (size_t i = 0; i < width; i++)
            {
                to[i] = blend_source(to[i], from[i]);
            }
        }
    }
}

void draw_image(surface_t* surface, int32_t x, int32_t y, const fbmp_image_t* image, rect_t source_rect,
                draw_mode_t mode)
{
    if (image == NULL || image->pixels == NULL || image->width < 1 || image->height < 1 ||
        image->width > FBMP_MAX_SIDE || image->height > FBMP_MAX_SIDE)
    {
        return;
    }
    box_t bounds = {0, 0, image->width, image->height};
    box_t s = box_intersect(box_of(source_rect), bounds);
    box_t d;
    if (box_empty(s) || !blit_boxes(surface, x, y, source_rect, &s, &d))
    {
        return;
    }
    bool copy = mode == DRAW_COPY || (image->flags & FBMP_FLAG_OPAQUE) != 0;
    size_t width = (size_t)(d.right - d.left);
    for (int64_t k = 0; k < d.bottom - d.top; k++)
    {
        const uint8_t* from = image->pixels + ((size_t)(s.top + k) * image->width + (size_t)s.left) * 4;
        uint32_t* to = surface->pixels + (size_t)(d.top + k) * (size_t)surface->stride + (size_t)d.left;
        for (size_t i = 0; i < width; i++, from += 4)
        {
            uint32_t pixel = (uint32_t)from[0] | (uint32_t)from[1] << 8 | (uint32_t)from[2] << 16 |
                             (uint32_t)from[3] << 24;
            to[i] = copy ? pixel : blend_source(to[i], pixel);
        }
    }
}
