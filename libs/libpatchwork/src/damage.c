// Damage tracking (include/patchwork/damage.h).
#include <patchwork/damage.h>

#include <string.h>

void damage_clear(damage_t* damage)
{
    if (damage != NULL)
    {
        memset(damage, 0, sizeof(*damage));
    }
}

// Whether A and B overlap or share an edge segment (touching corners do
// not count): their bounding box is then a fair stand-in for both.
static bool touches(rect_t a, rect_t b)
{
    int64_t a_right = (int64_t)a.x + a.width, a_bottom = (int64_t)a.y + a.height;
    int64_t b_right = (int64_t)b.x + b.width, b_bottom = (int64_t)b.y + b.height;
    bool x_overlap = a.x < b_right && b.x < a_right;
    bool y_overlap = a.y < b_bottom && b.y < a_bottom;
    bool x_meet = a.x <= b_right && b.x <= a_right;
    bool y_meet = a.y <= b_bottom && b.y <= a_bottom;
    return (x_overlap && y_meet) || (y_overlap && x_meet);
}

static void remove_at(damage_t* damage, uint32_t index)
{
    damage->rects[index] = damage->rects[--damage->count];
}

void damage_add(damage_t* damage, rect_t rect)
{
    // Inside the limits any two rectangles' bounding box is at most
    // INT32_MAX wide, so rect_union never has to clamp.
    rect = rect_intersect(rect, rect_make(DAMAGE_MIN, DAMAGE_MIN, DAMAGE_END - DAMAGE_MIN, DAMAGE_END - DAMAGE_MIN));
    if (damage == NULL || rect_empty(rect))
    {
        return;
    }
    if (damage->count > DAMAGE_MAX_RECTS)
    {
        damage->count = DAMAGE_MAX_RECTS; // a count changed by hand
    }
    // Grow RECT by every listed rectangle it touches, until it touches none.
    bool merged = true;
    while (merged)
    {
        merged = false;
        for (uint32_t i = 0; i < damage->count; i++)
        {
            if (rect_contains_rect(damage->rects[i], rect))
            {
                return; // already covered (the list is unchanged)
            }
            if (touches(damage->rects[i], rect))
            {
                rect = rect_union(rect, damage->rects[i]);
                remove_at(damage, i);
                merged = true;
                break;
            }
        }
    }
    if (damage->count == DAMAGE_MAX_RECTS)
    {
        rect_t all = rect;
        for (uint32_t i = 0; i < damage->count; i++)
        {
            all = rect_union(all, damage->rects[i]);
        }
        damage->count = 1;
        damage->rects[0] = all;
        return;
    }
    damage->rects[damage->count++] = rect;
}

void damage_add_all(damage_t* damage, const damage_t* other)
{
    if (damage == NULL || other == NULL)
    {
        return;
    }
    damage_t copy = *other; // OTHER may be DAMAGE itself
    for (uint32_t i = 0; i < copy.count && i < DAMAGE_MAX_RECTS; i++)
    {
        damage_add(damage, copy.rects[i]);
    }
}

bool damage_empty(const damage_t* damage)
{
    return damage == NULL || damage->count == 0;
}

uint32_t damage_count(const damage_t* damage)
{
    if (damage == NULL)
    {
        return 0;
    }
    return damage->count > DAMAGE_MAX_RECTS ? DAMAGE_MAX_RECTS : damage->count;
}

bool damage_get(const damage_t* damage, uint32_t index, rect_t* rect)
{
    if (index >= damage_count(damage) || rect == NULL)
    {
        return false;
    }
    *rect = damage->rects[index];
    return true;
}

uint64_t damage_area(const damage_t* damage)
{
    uint64_t total = 0;
    for (uint32_t i = 0; i < damage_count(damage); i++)
    {
        uint64_t area = rect_area(damage->rects[i]);
        total = area > UINT64_MAX - total ? UINT64_MAX : total + area;
    }
    return total;
}

rect_t damage_bounds(const damage_t* damage)
{
    rect_t all = {0, 0, 0, 0};
    for (uint32_t i = 0; i < damage_count(damage); i++)
    {
        all = rect_union(all, damage->rects[i]);
    }
    return all;
}

void damage_clip(damage_t* damage, rect_t clip)
{
    if (damage == NULL)
    {
        return;
    }
    damage->count = damage_count(damage);
    for (uint32_t i = 0; i < damage->count;)
    {
        rect_t r = rect_intersect(damage->rects[i], clip);
        if (rect_empty(r))
        {
            remove_at(damage, i);
        }
        else
        {
            damage->rects[i++] = r;
        }
    }
}
