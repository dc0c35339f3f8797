#include <sys/proc.h>
#include <unistd.h>

int usleep(useconds_t microseconds)
{
    return sleep_ns((uint64_t)microseconds * 1000);
}
