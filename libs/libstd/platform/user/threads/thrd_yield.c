#include <sys/proc.h>
#include <threads.h>

void thrd_yield(void)
{
    yield();
}
