// The free-page verdict of a campaign (pages_verdict.h): plain arithmetic
// on two readings, built for the host test too (tests/host).
#include "pages_verdict.h"

bool pages_verdict(const procinfo_mem_t* before, const procinfo_mem_t* after)
{
    if (before->free_pages <= 0 || after->free_pages < 0)
    {
        return false;
    }
    long long missing = before->free_pages - after->free_pages;
    if (before->own_pages >= 0 && after->own_pages > before->own_pages)
    {
        missing -= after->own_pages - before->own_pages;
    }
    if (missing <= 0)
    {
        return true;
    }
    bool heap_known = before->heap_pages >= 0 && after->heap_pages >= 0 && before->heap_allocations >= 0 &&
                      after->heap_allocations >= 0;
    return heap_known && after->heap_allocations <= before->heap_allocations &&
           after->heap_pages - before->heap_pages >= missing;
}

