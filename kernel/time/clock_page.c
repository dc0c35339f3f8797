#include "clock_page.h"

#include <kernel/mem/pmm.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/panic.h>

#include <errno.h>
#include <string.h>
#include <sys/clock_page.h>

_Static_assert(sizeof(clock_page_t) <= PAGE_SIZE, "the clock page is one page");
_Static_assert(CLOCK_PAGE_ADDRESS == VMM_CLOCK_PAGE, "user space and the kernel agree on where the clock page is");

static uint64_t page_phys;
static volatile clock_page_t* page;

void clock_page_init(void)
{
    page_phys = pmm_alloc();
    if (page_phys == 0)
    {
        panic("clock: no memory for the clock page");
    }
    memset(PHYS_TO_VIRT(page_phys), 0, PAGE_SIZE);
    page = PHYS_TO_VIRT(page_phys);
}

void clock_page_publish_tsc(uint64_t tsc_base, uint64_t base_ns, uint64_t tsc_mult)
{
    if (page == NULL)
    {
        return;
    }
    // Readers retry while the count is odd or moves (a seqlock), so the
    // fields are written between two increments, fenced on both sides.
    __atomic_store_n(&page->sequence, page->sequence + 1, __ATOMIC_RELAXED);
    __atomic_thread_fence(__ATOMIC_RELEASE);
    page->tsc_base = tsc_base;
    page->base_ns = base_ns;
    page->tsc_mult = tsc_mult;
    page->source = CLOCK_PAGE_SOURCE_TSC;
    __atomic_store_n(&page->sequence, page->sequence + 1, __ATOMIC_RELEASE);
}

int clock_page_map(space_t* space)
{
    if (page == NULL)
    {
        return -ENODEV; // before clock_page_init: no process may start yet
    }
    // Not VMM_OWNED: the space only borrows the page.
    return vmm_map(space, VMM_CLOCK_PAGE, page_phys, 1, VMM_USER, 0);
}
