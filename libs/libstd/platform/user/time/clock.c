#include <sys/proc.h>
#include <time.h>

#define NS_PER_TICK (1000000000 / CLOCKS_PER_SEC)

// The kernel keeps no processor time per process: clock() counts the
// monotonic time since the program started, as time.h says.
static uint64_t start_ns;

__attribute__((constructor(101))) static void clock_start(void)
{
    start_ns = uptime();
}

clock_t clock(void)
{
    return (clock_t)((uptime() - start_ns) / NS_PER_TICK);
}
