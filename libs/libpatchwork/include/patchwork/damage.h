// Damage tracking: which parts of a surface changed since it was last
// shown, so the window manager composes (and a client sends) only those.
//
// A damage_t is a short list of rectangles, at most DAMAGE_MAX_RECTS, that
// never share a pixel. damage_add keeps it so: a rectangle inside one
// already listed adds nothing; one that overlaps or touches (shares an
// edge segment with) a listed rectangle is merged with it into their
// bounding box, which may in turn merge with others; and when the list
// would exceed DAMAGE_MAX_RECTS, everything collapses into one bounding
// box. The covered area can only grow by merging (never shrink), so every
// added pixel stays covered until damage_clear.
//
// Damage is kept within DAMAGE_MIN <= x, y < DAMAGE_END on both axes
// (about a billion pixels either way of the origin): the parts of a
// rectangle beyond are dropped, so any bounding box of damage fits a
// rect_t.
//
// A damage_t holds no pointers and allocates nothing: it may be copied,
// and zero-initialised (or damage_clear'ed) it is empty.
#ifndef PATCHWORK_DAMAGE_H
#define PATCHWORK_DAMAGE_H

#include <patchwork/surface.h>

#include <stdbool.h>
#include <stdint.h>

#define DAMAGE_MAX_RECTS 16
#define DAMAGE_MIN (-(1 << 30))
#define DAMAGE_END ((1 << 30) - 1)

typedef struct
{
    uint32_t count;                   // rectangles in use, rects[0..count)
    rect_t rects[DAMAGE_MAX_RECTS];   // non-empty, pairwise disjoint
} damage_t;

// Forget all damage.
void damage_clear(damage_t* damage);

// Add RECT (ignored when empty), cut to DAMAGE_MIN..DAMAGE_END.
void damage_add(damage_t* damage, rect_t rect);

// Add every rectangle of OTHER.
void damage_add_all(damage_t* damage, const damage_t* other);

// Whether there is no damage.
bool damage_empty(const damage_t* damage);

// The number of rectangles, and rectangle INDEX (below the count) into
// RECT: false past the end. A loop over 0..count visits every damaged
// pixel exactly once.
uint32_t damage_count(const damage_t* damage);
bool damage_get(const damage_t* damage, uint32_t index, rect_t* rect);

// The damaged pixels in all (the rectangles are disjoint, so their areas
// add up); saturates at UINT64_MAX.
uint64_t damage_area(const damage_t* damage);

// The bounding box of all damage (empty when none).
rect_t damage_bounds(const damage_t* damage);

// Cut every rectangle to CLIP (e.g. the screen), dropping those left empty.
void damage_clip(damage_t* damage, rect_t clip);

#endif
