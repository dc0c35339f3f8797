// Rectangles on the screen.
#include "dwm.h"

rect_t rect_intersect(rect_t a, rect_t b)
{
    int32_t left = a.x > b.x ? a.x : b.x, top = a.y > b.y ? a.y : b.y;
    int32_t right = a.x + a.width < b.x + b.width ? a.x + a.width : b.x + b.width;
    int32_t bottom = a.y + a.height < b.y + b.height ? a.y + a.height : b.y + b.height;
    if (right <= left || bottom <= top)
    {
        return (rect_t){0, 0, 0, 0};
    }
    return (rect_t){left, top, right - left, bottom - top};
}

bool rect_empty(rect_t r)
{
    return r.width <= 0 || r.height <= 0;
}

bool rect_contains(rect_t r, int32_t x, int32_t y)
{
    return x >= r.x && y >= r.y && x < r.x + r.width && y < r.y + r.height;
}

rect_t rect_union(rect_t a, rect_t b)
{
    if (rect_empty(a))
    {
        return b;
    }
    if (rect_empty(b))
    {
        return a;
    }
    int32_t left = a.x < b.x ? a.x : b.x, top = a.y < b.y ? a.y : b.y;
    int32_t right = a.x + a.width > b.x + b.width ? a.x + a.width : b.x + b.width;
    int32_t bottom = a.y + a.height > b.y + b.height ? a.y + a.height : b.y + b.height;
    return (rect_t){left, top, right - left, bottom - top};
}
