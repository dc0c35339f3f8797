// Writes to the clock page, which every process may read and none may
// write: the kernel must end it with EXIT_FAULT_BASE + 14 (page fault).
#include <sys/clock_page.h>

int main(void)
{
    volatile clock_page_t* page = (volatile clock_page_t*)CLOCK_PAGE_ADDRESS;
    page->base_ns = 0;
    return 0;
}
