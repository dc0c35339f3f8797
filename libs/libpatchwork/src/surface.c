// Surfaces and rectangles (include/patchwork/surface.h).
#include <patchwork/surface.h>

#include <stdlib.h>
#include <string.h>

static const rect_t EMPTY = {0, 0, 0, 0};

static int64_t right_of(rect_t r)
{
    return (int64_t)r.x + r.width;
}

static int64_t bottom_of(rect_t r)
{
    return (int64_t)r.y + r.height;
}

static int64_t min64(int64_t a, int64_t b)
{
    return a < b ? a : b;
}

static int64_t max64(int64_t a, int64_t b)
{
    return a > b ? a : b;
}

static int32_t clamp32(int64_t v)
{
    return v < INT32_MIN ? INT32_MIN : v > INT32_MAX ? INT32_MAX : (int32_t)v;
}

rect_t rect_make(int32_t x, int32_t y, int32_t width, int32_t height)
{
    rect_t r = {x, y, width, height};
    return r;
}

bool rect_empty(rect_t r)
{
    return r.width <= 0 || r.height <= 0;
}

rect_t rect_intersect(rect_t a, rect_t b)
{
    if (rect_empty(a) || rect_empty(b))
    {
        return EMPTY;
    }
    int64_t left = max64(a.x, b.x);
    int64_t top = max64(a.y, b.y);
    int64_t right = min64(right_of(a), right_of(b));
    int64_t bottom = min64(bottom_of(a), bottom_of(b));
    if (right <= left || bottom <= top)
    {
        return EMPTY;
    }
    // Both edges lie within one of the operands, so the sides fit.
    return rect_make((int32_t)left, (int32_t)top, (int32_t)(right - left), (int32_t)(bottom - top));
}

rect_t rect_union(rect_t a, rect_t b)
{
    if (rect_empty(a))
    {
        return rect_empty(b) ? EMPTY : b;
    }
    if (rect_empty(b))
    {
        return a;
    }
    int64_t left = min64(a.x, b.x);
    int64_t top = min64(a.y, b.y);
    int64_t right = max64(right_of(a), right_of(b));
    int64_t bottom = max64(bottom_of(a), bottom_of(b));
    return rect_make((int32_t)left, (int32_t)top, clamp32(right - left), clamp32(bottom - top));
}

bool rect_contains(rect_t r, int32_t x, int32_t y)
{
    return !rect_empty(r) && x >= r.x && y >= r.y && x < right_of(r) && y < bottom_of(r);
}

bool rect_contains_rect(rect_t outer, rect_t inner)
{
    if (rect_empty(inner))
    {
        return true;
    }
    return !rect_empty(outer) && inner.x >= outer.x && inner.y >= outer.y && right_of(inner) <= right_of(outer) &&
           bottom_of(inner) <= bottom_of(outer);
}

bool rect_overlaps(rect_t a, rect_t b)
{
    return !rect_empty(rect_intersect(a, b));
}

uint64_t rect_area(rect_t r)
{
    return rect_empty(r) ? 0 : (uint64_t)r.width * (uint64_t)r.height;
}

bool surface_init(surface_t* surface, uint32_t* pixels, int32_t width, int32_t height, int32_t stride)
{
    if (surface == NULL)
    {
        return false;
    }
    memset(surface, 0, sizeof(*surface));
    if (pixels == NULL || width < 1 || height < 1 || width > SURFACE_MAX_SIDE || height > SURFACE_MAX_SIDE ||
        stride < width)
    {
        return false;
    }
    surface->pixels = pixels;
    surface->width = width;
    surface->height = height;
    surface->stride = stride;
    surface->clip = rect_make(0, 0, width, height);
    return true;
}

bool surface_create(surface_t* surface, int32_t width, int32_t height)
{
    if (surface == NULL)
    {
        return false;
    }
    memset(surface, 0, sizeof(*surface));
    if (width < 1 || height < 1 || width > SURFACE_MAX_SIDE || height > SURFACE_MAX_SIDE)
    {
        return false;
    }
    size_t count = (size_t)width * (size_t)height;
    if (count > SIZE_MAX / sizeof(uint32_t))
    {
        return false;
    }
    uint32_t* pixels = calloc(count, sizeof(uint32_t));
    if (pixels == NULL)
    {
        return false;
    }
    surface_init(surface, pixels, width, height, width);
    surface->owned = true;
    return true;
}

void surface_destroy(surface_t* surface)
{
    if (surface == NULL)
    {
        return;
    }
    if (surface->owned)
    {
        free(surface->pixels);
    }
    memset(surface, 0, sizeof(*surface));
}

rect_t surface_bounds(const surface_t* surface)
{
    if (surface == NULL || surface->pixels == NULL)
    {
        return EMPTY;
    }
    return rect_make(0, 0, surface->width, surface->height);
}

bool surface_push_clip(surface_t* surface, rect_t clip)
{
    if (surface == NULL || surface->clip_depth >= SURFACE_CLIP_DEPTH)
    {
        return false;
    }
    surface->clip_stack[surface->clip_depth++] = surface->clip;
    surface->clip = rect_intersect(surface->clip, clip);
    return true;
}

bool surface_pop_clip(surface_t* surface)
{
    if (surface == NULL || surface->clip_depth == 0)
    {
        return false;
    }
    surface->clip = surface->clip_stack[--surface->clip_depth];
    return true;
}

void surface_reset_clip(surface_t* surface)
{
    if (surface == NULL)
    {
        return;
    }
    surface->clip_depth = 0;
    surface->clip = surface_bounds(surface);
}

uint32_t* surface_row(const surface_t* surface, int32_t y)
{
    if (surface == NULL || surface->pixels == NULL || y < 0 || y >= surface->height)
    {
        return NULL;
    }
    return surface->pixels + (size_t)y * (size_t)surface->stride;
}

uint32_t surface_pixel(const surface_t* surface, int32_t x, int32_t y)
{
    uint32_t* row = surface_row(surface, y);
    if (row == NULL || x < 0 || x >= surface->width)
    {
        return 0;
    }
    return row[x];
}
